package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.pmoengine.postmortem.PostMortemVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Walks post-mortem on the real engine and database: everyone answers, or the deadline passes. */
@SpringBootTest
class PostMortemProcessTests {

  static final String PM = "pmt-pm";
  static final String SPONSOR = "pmt-sponsor";
  static final String DEV = "pmt-dev";
  static final String PMO = "pmt-pmo";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PostMortemStarter starter;
  @Autowired PostMortems postMortems;
  @Autowired LessonLibrary library;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, SPONSOR, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, DEV, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, PMO, PmoGroups.REQUESTER, PmoGroups.PMO);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void everyMemberAnswersThePmoTagsAndPublishesAndTheTeamIsTold() {
    Project project = aFinishedProject("CLOSED");
    ProcessInstance instance = startPostMortem(project);
    assertThat(instance).isWaitingAt("compute-metrics");
    computeMetrics(instance);

    assertThat(instance).hasPassed("invite-team").isWaitingAt("submit-lesson");
    List<Task> lessonTasks = lessonTasks(instance);
    assertThat(lessonTasks).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(PM, SPONSOR, DEV);
    java.util.Date deadline = management.createJobQuery().processInstanceId(instance.getId())
        .timers().activityId("lessons-deadline").singleResult().getDuedate();
    assertThat(lessonTasks).allSatisfy(t -> {
      assertThat(t.getName()).isEqualTo("Lessons learned: " + project.getKey() + " "
          + project.getName());
      assertThat(t.getDueDate()).as("due at the lessons deadline").isCloseTo(deadline, 60_000);
    });
    assertThat(mailedTo(project, PostMortemMail.LESSON_DUE))
        .containsExactlyInAnyOrder(PM + "@test.example", SPONSOR + "@test.example",
            DEV + "@test.example");

    answer(instance, PM, "Weekly demos kept the sponsor close.", null,
        "Demo every week from the start.", "STAKEHOLDERS");
    assertThat(tasks.getVariables(lessonOf(instance, SPONSOR).getId()))
        .as("a member does not see another's answer").containsEntry(WENT_WELL, null);
    answer(instance, SPONSOR, null, "The vendor delivered the interface late.",
        "Put delivery dates and penalties in the vendor contract.", "VENDORS");
    answer(instance, DEV, "Pair programming on the billing core.", "Estimates for testing were "
        + "far too low.", null, "ESTIMATION");

    assertThat(instance).hasPassed("lessons-in").hasNotPassed("record-non-responders")
        .isWaitingAt("pmo-review");
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(review).hasCandidateGroup(PmoGroups.PMO);
    assertThat(review.getName()).isEqualTo("Post-mortem review: " + project.getKey() + " "
        + project.getName());
    List<Lesson> lessons = postMortems.lessons(project.getKey());
    Map<String, Object> shown = tasks.getVariables(review.getId());
    assertThat((String) shown.get(METRICS_SUMMARY)).contains("**Schedule:** no baseline",
        "**Cost:** actual 0 of budget 100,000", "**Rework:** 0 Recycle(s)");
    assertThat((String) shown.get(LESSONS_SUMMARY)).contains("#" + lessons.get(1).getId()
        + "** by " + SPONSOR + " (VENDORS)", "vendor contract");
    assertThat(shown.get(LESSON_TAGS)).isEqualTo(lessons.get(0).getId() + ": \n"
        + lessons.get(1).getId() + ": \n" + lessons.get(2).getId() + ": ");
    assertThat(shown.get(NON_RESPONDERS)).isEqualTo("");

    Long vendorLesson = lessons.get(1).getId();
    Long devLesson = lessons.get(2).getId();
    review(review, vendorLesson + ": Vendor, Contract\n" + devLesson + ": testing",
        String.valueOf(lessons.get(0).getId()), "Vendor contracts need dates.");

    assertThat(instance).hasPassedInOrder("pmo-review", "notify-team", "post-mortem-published")
        .isEnded();
    assertThat(postMortems.lessons(project.getKey()))
        .extracting(Lesson::getAuthor, Lesson::getStatus, Lesson::getTags, Lesson::getPublishedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PM, LessonStatus.WITHHELD, null, null),
            org.assertj.core.groups.Tuple.tuple(SPONSOR, LessonStatus.PUBLISHED,
                "vendor, contract", PMO),
            org.assertj.core.groups.Tuple.tuple(DEV, LessonStatus.PUBLISHED, "testing", PMO));
    PostMortemView view = postMortems.view(project.getKey()).orElseThrow();
    assertThat(view.status()).isEqualTo(PostMortem.STATUS_PUBLISHED);
    assertThat(view.completedBy()).isEqualTo(PMO);
    assertThat(view.reviewSummary()).isEqualTo("Vendor contracts need dates.");
    assertThat(view.nonResponders()).isEmpty();
    assertThat(mailedTo(project, PostMortemMail.PUBLISHED)).containsExactlyInAnyOrder(
        PM + "@test.example", SPONSOR + "@test.example", DEV + "@test.example");
    assertThat(library.search(LessonCategory.VENDORS, List.of("penalties")))
        .extracting(LibraryLesson::id).contains(vendorLesson);
  }

  @Test
  void atTheDeadlineItGoesOnWithoutThoseWhoDidNotAnswerAndRecordsThem() {
    Project project = aFinishedProject("KILLED");
    ProcessInstance instance = startPostMortem(project);
    computeMetrics(instance);
    answer(instance, DEV, "Quick prototype.", null, null, "TECHNOLOGY");

    execute(timer(instance, "lessons-reminder-due"));
    assertThat(instance).hasPassed("remind-team").isWaitingAt("submit-lesson");
    assertThat(mailedTo(project, PostMortemMail.REMINDER))
        .containsExactlyInAnyOrder(PM + "@test.example", SPONSOR + "@test.example");
    execute(timer(instance, "lessons-deadline"));

    assertThat(instance).hasPassed("record-non-responders").isWaitingAt("pmo-review");
    assertThat(lessonTasks(instance)).isEmpty();
    assertThat(postMortems.nonResponders(project.getKey())).containsExactly(PM, SPONSOR);
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(tasks.getVariables(review.getId())).containsEntry(NON_RESPONDERS,
        PM + ", " + SPONSOR);
    PostMortemView view = postMortems.view(project.getKey()).orElseThrow();
    assertThat(view.outcome()).isEqualTo("KILLED");
    assertThat(view.status()).isEqualTo(PostMortem.STATUS_IN_REVIEW);
    assertThat(view.invited()).containsExactly(PM, SPONSOR, DEV);
    assertThat(view.lessons()).singleElement().extracting(LessonView::author).isEqualTo(DEV);

    review(review, "", "", null);
    assertThat(instance).isEnded();
    assertThat(mailedTo(project, PostMortemMail.PUBLISHED)).hasSize(3);
  }

  @Test
  void aLessonWithoutAnyTextOrWithAnUnknownCategoryIsRefusedAndTheTaskStaysOpen() {
    Project project = aFinishedProject("CLOSED");
    ProcessInstance instance = startPostMortem(project);
    computeMetrics(instance);
    Task mine = lessonOf(instance, DEV);

    assertThatThrownBy(() -> answer(instance, DEV, " ", null, null, "PLANNING"))
        .hasMessageContaining(WENT_WELL);
    assertThatThrownBy(() -> answer(instance, DEV, "Good.", null, null, "ASTROLOGY"))
        .hasMessageContaining(LESSON_CATEGORY);

    assertThat(lessonOf(instance, DEV).getId()).isEqualTo(mine.getId());
    assertThat(postMortems.lessons(project.getKey())).isEmpty();
  }

  @Test
  void reviewNamingALessonOfAnotherProjectPublishesNothing() {
    Project project = aFinishedProject("CLOSED");
    ProcessInstance instance = startPostMortem(project);
    computeMetrics(instance);
    for (String member : List.of(PM, SPONSOR, DEV)) {
      answer(instance, member, "Fine.", null, null, "OTHER");
    }
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    assertThatThrownBy(() -> review(review, "999999999: misc", "", null))
        .hasMessageContaining(LESSON_TAGS);
    assertThatThrownBy(() -> review(review, "", "abc", null))
        .hasMessageContaining(WITHHELD_LESSONS);

    assertThat(instance).isWaitingAt("pmo-review");
    assertThat(postMortems.lessons(project.getKey()))
        .allMatch(l -> l.getStatus() == LessonStatus.DRAFT);
  }

  @Test
  void aSponsorKnownOnlyByNameIsNotAskedForLessons() {
    Project project = TestProjects.create(jdbc, projects, PM, "Sam Sponsor");
    jdbc.update("update project set status = 'CLOSED' where project_key = ?", project.getKey());
    ProcessInstance instance = startPostMortem(project);
    computeMetrics(instance);

    assertThat(lessonTasks(instance)).extracting(Task::getAssignee).containsExactly(PM);
    assertThat(postMortems.view(project.getKey()).orElseThrow().invited()).containsExactly(PM);
  }

  @Test
  void startingThePostMortemTwiceStartsItOnce() {
    Project project = aFinishedProject("CLOSED");
    startPostMortem(project);
    starter.start(project.getKey());

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(project.getKey()).count()).isEqualTo(1);
    assertThat(projects.findByKey(project.getKey()).orElseThrow().isPostMortemDue()).isTrue();
  }

  // ---- helpers ----

  private Project aFinishedProject(String status) {
    Project project = TestProjects.create(jdbc, projects, PM, SPONSOR);
    team.add(project.getKey(), DEV, "Developer", PM);
    jdbc.update("update project set status = ? where project_key = ?", status, project.getKey());
    return project;
  }

  private ProcessInstance startPostMortem(Project project) {
    starter.start(project.getKey());
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(project.getKey()).singleResult();
  }

  private List<Task> lessonTasks(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("submit-lesson").list();
  }

  private Task lessonOf(ProcessInstance instance, String member) {
    return tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("submit-lesson").taskAssignee(member).singleResult();
  }

  private void answer(ProcessInstance instance, String member, String wentWell, String wentBadly,
      String recommendations, String category) {
    Map<String, Object> answer = new HashMap<>();
    answer.put(WENT_WELL, wentWell);
    answer.put(WENT_BADLY, wentBadly);
    answer.put(RECOMMENDATIONS, recommendations);
    answer.put(LESSON_CATEGORY, category);
    identity.setAuthentication(member, List.of(PmoGroups.REQUESTER));
    try {
      tasks.complete(lessonOf(instance, member).getId(), answer);
    } finally {
      identity.clearAuthentication();
    }
    execute(management.createJobQuery().processInstanceId(instance.getId()).messages()
        .activityId("submit-lesson").singleResult());
  }

  private void review(Task review, String tags, String withheld, String summary) {
    Map<String, Object> values = new HashMap<>();
    values.put(LESSON_TAGS, tags);
    values.put(WITHHELD_LESSONS, withheld);
    values.put(REVIEW_SUMMARY, summary);
    identity.setAuthentication(PMO, List.of(PmoGroups.PMO));
    try {
      tasks.complete(review.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void computeMetrics(ProcessInstance instance) {
    execute(management.createJobQuery().processInstanceId(instance.getId())
        .activityId("compute-metrics").singleResult());
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  private List<String> mailedTo(Project project, String template) {
    return jdbc.queryForList("select recipient from notification_outbox where template = ?"
        + " and dedup_key like ?", String.class, template, project.getKey() + ":%");
  }
}
