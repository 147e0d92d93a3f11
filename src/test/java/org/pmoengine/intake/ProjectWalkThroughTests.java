package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.intake.RequestFormBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.LifecycleVariables;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A request goes from submission through intake approval and all four gates of its lifecycle,
 * over the API and the engine as Tasklist would drive it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectWalkThroughTests {

  static final List<String> DELIVERABLES = List.of("business-case, sponsor-sign-off",
      "plan-baseline, budget, risk-register", "test-report, go-live-plan, training",
      "acceptance, lessons-learned, handover");

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ProjectRequestRepository requests;
  @Autowired ProjectRepository projects;

  @Test
  void approvedRequestBecomesAProjectThatPassesAllFourGates() {
    TestUsers.ensure(identity, "walk-rita", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "walk-pat", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, "walk-gabi", PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    String requestKey = rest.withBasicAuth("walk-rita", TestUsers.PASSWORD)
        .postForObject("/api/requests", aRequest().withTitle("Walk through").build(),
            JsonNode.class).path("key").asText();
    String intake = requests.findByKey(requestKey).orElseThrow().getProcessInstanceId();
    runJobs(intake); // scoring
    rest.withBasicAuth("walk-pat", TestUsers.PASSWORD).postForObject(
        "/api/requests/" + requestKey + "/decision",
        Map.of("decision", "APPROVE", "reason", "Go ahead."), JsonNode.class);
    runJobs(intake); // create the project, start its lifecycle

    String projectKey = requests.findByKey(requestKey).orElseThrow().getProjectKey();
    String lifecycle = runtime.createProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_ID)
        .processInstanceBusinessKey(projectKey).singleResult().getId();
    for (String deliverables : DELIVERABLES) {
      Task stageWork = only(lifecycle, "stage-work");
      assertThat(stageWork.getAssignee()).isEqualTo("walk-rita");
      complete("walk-rita", stageWork, Map.of(LifecycleVariables.DELIVERABLES, deliverables));
      runJobs(lifecycle); // re-plan
      Task review = only(lifecycle, "gate-review");
      assertThat(runtime.getVariable(lifecycle, LifecycleVariables.GATE_RECOMMENDATION))
          .isEqualTo("GO");
      complete("walk-gabi", review, Map.of(LifecycleVariables.GATE_DECISION, "GO"));
    }

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(lifecycle)
        .finished().count()).isEqualTo(1);
    Project project = projects.findByKey(projectKey).orElseThrow();
    assertThat(project.getStatus()).isEqualTo(ProjectStatus.CLOSED);
    assertThat(project.isPostMortemDue()).isTrue();
    JsonNode decisions = rest.withBasicAuth("walk-gabi", TestUsers.PASSWORD)
        .getForObject("/api/projects/" + projectKey + "/gate-decisions", JsonNode.class);
    assertThat(decisions.findValuesAsText("gate")).containsExactly("G1", "G2", "G3", "G4");
  }

  private Task only(String instanceId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    return task;
  }

  private void complete(String userId, Task task, Map<String, Object> variables) {
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list()
        .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void runJobs(String instanceId) {
    for (Job job = next(instanceId); job != null; job = next(instanceId)) {
      management.executeJob(job.getId());
    }
  }

  private Job next(String instanceId) {
    return management.createJobQuery().processInstanceId(instanceId).executable().messages()
        .listPage(0, 1).stream().findFirst().orElse(null);
  }
}
