package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Change requests over HTTP, with the real process behind them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangeApiTests {

  static final String PM = "ca-pm";
  static final String MEMBER = "ca-member";
  static final String OUTSIDER = "ca-outsider";
  static final Map<String, Object> MOVE_GO_LIVE = Map.of("justification",
      "The customer asked for one more day.", "changes", List.of(Map.of("type",
          "MOVE_MILESTONE", "activityId", "live", "date", "2027-01-26")));

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PlanService plans;
  @Autowired ChangeRequestRepository changes;
  @Autowired JdbcTemplate jdbc;

  String project;

  @BeforeEach
  void aProjectInPlanning() {
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "cc-sponsor", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, MEMBER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, OUTSIDER, PmoGroups.REQUESTER);
    project = new ChangeTestProjects(jdbc, projects, plans, team).inPlanning(PM, MEMBER).getKey();
  }

  @Test
  void aMemberRaisesAChangeAndGets201WithItsKeyAndImpact() {
    ResponseEntity<JsonNode> response = post(MEMBER, "", MOVE_GO_LIVE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String key = response.getBody().path("changeKey").asText();
    assertThat(key).matches("CHG-\\d{4}-\\d{4}");
    assertThat(response.getHeaders().getLocation())
        .hasToString("/api/projects/" + project + "/changes/" + key);
    JsonNode impact = response.getBody().path("impact");
    assertThat(impact.path("finishBefore").asText()).isEqualTo("2027-01-25");
    assertThat(impact.path("finishAfter").asText()).isEqualTo("2027-01-26");
    assertThat(impact.path("slipWorkingDays").asInt()).isEqualTo(1);
    assertThat(impact.path("cost").path("costChange").decimalValue()).isZero();
    assertThat(changes.findByKey(key).orElseThrow().getRequestedBy()).isEqualTo(MEMBER);
  }

  @Test
  void invalidChangeGets400WithFieldMessagesAndStoresNothing() {
    long before = changes.count();
    ResponseEntity<JsonNode> response = post(MEMBER, "", Map.of("justification", " ",
        "budgetAsked", -5, "changes", List.of(Map.of("type", "REESTIMATE", "activityId", "ghost",
            "durationDays", 3))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("justification", "budgetAsked", "changes");
    assertThat(response.getBody().path("errors").findValuesAsText("message"))
        .contains("The change can't be applied: the plan has no activity ghost.");
    assertThat(changes.count()).isEqualTo(before);
  }

  @Test
  void aChangeOfUnknownTypeGets400NamingTheField() {
    ResponseEntity<JsonNode> response = post(MEMBER, "", Map.of("justification", "Why not.",
        "changes", List.of(Map.of("type", "STRETCH"))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("changes[0].type");
  }

  @Test
  void someoneOutsideTheTeamGets403AndNothingIsStored() {
    long before = changes.count();

    ResponseEntity<JsonNode> response = post(OUTSIDER, "", MOVE_GO_LIVE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody().toString()).doesNotContain("Exception");
    assertThat(changes.count()).isEqualTo(before);
  }

  @Test
  void theChangeLogShowsImpactClassDecisionApproverAndDates() {
    String key = post(MEMBER, "", MOVE_GO_LIVE).getBody().path("changeKey").asText();
    runJobs(key);
    Map<String, Object> approve = Map.of("decision", "APPROVE", "reason", "One day is fine.");

    ResponseEntity<JsonNode> own = post(MEMBER, "/" + key + "/decision", approve);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> byOutsider = post(OUTSIDER, "/" + key + "/decision", approve);
    assertThat(byOutsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> noReason = post(PM, "/" + key + "/decision",
        Map.of("decision", "APPROVE"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("decisionReason");
    ResponseEntity<JsonNode> decided = post(PM, "/" + key + "/decision", approve);
    assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
    runJobs(key);

    JsonNode log = rest.withBasicAuth(MEMBER, TestUsers.PASSWORD)
        .getForObject("/api/projects/" + project + "/changes", JsonNode.class);
    assertThat(log).hasSize(1);
    JsonNode change = log.get(0);
    assertThat(change.path("changeKey").asText()).isEqualTo(key);
    assertThat(change.path("status").asText()).isEqualTo("APPLIED");
    assertThat(change.path("changeClass").asText()).isEqualTo("MINOR");
    assertThat(change.path("approver").asText()).isEqualTo(PM);
    assertThat(change.path("decision").asText()).isEqualTo("APPROVE");
    assertThat(change.path("decidedBy").asText()).isEqualTo(PM);
    assertThat(change.path("decidedAt").isNull()).isFalse();
    assertThat(change.path("requestedAt").isNull()).isFalse();
    assertThat(change.path("appliedPlanVersion").asInt()).isEqualTo(2);
    assertThat(change.path("impact").path("slipWorkingDays").asInt()).isEqualTo(1);
    assertThat(change.path("described").get(0).asText())
        .isEqualTo("Move live to not before 2027-01-26");
    assertThat(change.path("decisions").get(0).path("decidedBy").asText()).isEqualTo(PM);

    ResponseEntity<String> gantt = rest.withBasicAuth(PM, TestUsers.PASSWORD).getForEntity(
        "/api/projects/" + project + "/changes/" + key + "/gantt.svg?view=before", String.class);
    assertThat(gantt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(gantt.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
    assertThat(gantt.getBody()).startsWith("<svg").contains("before the change, finish 2027-01-25");
    assertThat(rest.withBasicAuth(OUTSIDER, TestUsers.PASSWORD).getForEntity(
        "/api/projects/" + project + "/changes", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void onlyTheRequesterWithdrawsAWaitingChange() {
    String key = post(MEMBER, "", MOVE_GO_LIVE).getBody().path("changeKey").asText();
    runJobs(key);

    assertThat(post(PM, "/" + key + "/withdraw", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> withdrawn = post(MEMBER, "/" + key + "/withdraw", null);

    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(post(MEMBER, "/" + key + "/withdraw", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD)
        .postForEntity("/api/projects/" + project + "/changes" + path, body, JsonNode.class);
  }

  private void runJobs(String changeKey) {
    String instance = changes.findByKey(changeKey).orElseThrow().getProcessInstanceId();
    for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
      management.executeJob(job.getId());
    }
  }
}
