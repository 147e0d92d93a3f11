package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.pmoengine.postmortem.PostMortemVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two team members send their lessons at the same moment: both are accepted, and the
 * post-mortem goes on once the continuations after their tasks have run.
 */
@SpringBootTest
class LessonsAtTheSameMomentTests {

  static final String PM = "same-pm";
  static final String SPONSOR = "same-sponsor";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired PostMortemStarter starter;
  @Autowired PostMortems postMortems;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, SPONSOR, PmoGroups.REQUESTER);
  }

  @Test
  void twoLessonsSentAtTheSameMomentAreBothAcceptedAndThePostMortemGoesOn() throws Exception {
    Project project = TestProjects.create(jdbc, projects, PM, SPONSOR);
    jdbc.update("update project set status = 'CLOSED' where project_key = ?", project.getKey());
    starter.start(project.getKey());
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(project.getKey())
        .singleResult();
    execute(management.createJobQuery().processInstanceId(instance.getId())
        .activityId("compute-metrics").singleResult());
    assertThat(instance).isWaitingAt("submit-lesson");
    Task pmLesson = lessonOf(instance, PM);
    Task sponsorLesson = lessonOf(instance, SPONSOR);

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> pm = threads.submit(() -> answer(together, PM, pmLesson, "Weekly demos."));
      Future<?> sponsor = threads.submit(() -> answer(together, SPONSOR, sponsorLesson,
          "Early vendor contract."));
      pm.get(30, TimeUnit.SECONDS);
      sponsor.get(30, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertThat(lessonOf(instance, PM)).isNull();
    assertThat(lessonOf(instance, SPONSOR)).isNull();
    List<Job> continuations = continuations(instance);
    assertThat(continuations).hasSize(2);
    continuations.forEach(job -> execute(job));

    assertThat(continuations(instance)).isEmpty();
    assertThat(instance).hasPassed("lessons-in").hasNotPassed("record-non-responders")
        .isWaitingAt("pmo-review");
    assertThat(postMortems.lessons(project.getKey()))
        .extracting(Lesson::getAuthor, Lesson::getWentWell)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(PM, "Weekly demos."),
            org.assertj.core.groups.Tuple.tuple(SPONSOR, "Early vendor contract."));
    assertThat(postMortems.nonResponders(project.getKey())).isEmpty();
  }

  /** Waits for the other member, then completes the task as this member, in this thread. */
  private Void answer(CyclicBarrier together, String member, Task lesson, String wentWell)
      throws Exception {
    together.await(10, TimeUnit.SECONDS);
    identity.setAuthentication(member, List.of(PmoGroups.REQUESTER));
    try {
      tasks.complete(lesson.getId(), Map.of(WENT_WELL, wentWell, LESSON_CATEGORY, "OTHER"));
      return null;
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<Job> continuations(ProcessInstance instance) {
    return new ArrayList<>(management.createJobQuery().processInstanceId(instance.getId())
        .messages().list());
  }

  private Task lessonOf(ProcessInstance instance, String member) {
    return tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("submit-lesson").taskAssignee(member).singleResult();
  }
}
