package org.pmoengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gate decisions and resuming a held project over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifecycleApiTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired JdbcTemplate jdbc;

  @Test
  void onlyTheBoardOrThePmoResumesAHeldProject() {
    TestUsers.ensure(identity, "lca-pm", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "lca-board", PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    String key = TestProjects.create(jdbc, projects, "lca-pm", "Sam Sponsor").getKey();
    String instance = runtime.startProcessInstanceByKey(LifecycleVariables.PROCESS_ID, key,
        Map.of(LifecycleVariables.PROJECT_KEY, key)).getId();
    assertThat(post("lca-board", key).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    complete("lca-pm", task(instance), Map.of(LifecycleVariables.DELIVERABLES,
        "business-case, sponsor-sign-off"));
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .singleResult().getId());
    complete("lca-board", task(instance), Map.of(LifecycleVariables.GATE_DECISION, "HOLD",
        LifecycleVariables.OVERRIDE_REASON, "Wait for the budget round."));
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();

    ResponseEntity<JsonNode> byManager = post("lca-pm", key);
    assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("lca-board", key).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("gate-review");
    JsonNode decisions = rest.withBasicAuth("lca-pm", TestUsers.PASSWORD)
        .getForObject("/api/projects/" + key + "/gate-decisions", JsonNode.class);
    assertThat(decisions.get(0).path("decision").asText()).isEqualTo("HOLD");
    assertThat(decisions.get(0).path("recommendation").asText()).isEqualTo("GO");
    assertThat(decisions.get(0).path("decidedBy").asText()).isEqualTo("lca-board");
  }

  private ResponseEntity<JsonNode> post(String user, String key) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD)
        .postForEntity("/api/projects/" + key + "/resume", null, JsonNode.class);
  }

  private Task task(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list()
        .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }
}
