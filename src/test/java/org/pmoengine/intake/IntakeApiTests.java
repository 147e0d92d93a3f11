package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.intake.RequestFormBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The request API over HTTP, with the real process behind it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeApiTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ProjectRequestRepository requests;
  @Autowired ReviewDecisionRepository decisions;
  @Autowired ObjectMapper json;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "api-rita", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "api-ralf", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "api-pia", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, "api-pat", PmoGroups.REQUESTER, PmoGroups.PMO);
  }

  @Test
  void invalidRequestGetsFieldMessagesAndStoresNothing() throws Exception {
    long before = requests.count();
    ObjectNode body = json.valueToTree(aRequest().withBudget(-10).build());
    body.put("title", "");
    body.put("desiredEnd", "2027-01-01");

    ResponseEntity<JsonNode> response = as("api-rita").postForEntity("/api/requests", body,
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("title", "requestedBudget", "desiredEnd");
    assertThat(response.getBody().toString()).doesNotContain("Exception");
    assertThat(requests.count()).isEqualTo(before);
  }

  @Test
  void valueOfTheWrongTypeIsNamed() throws Exception {
    ObjectNode body = json.valueToTree(aRequest().build());
    body.put("desiredStart", "next spring");

    ResponseEntity<JsonNode> response = as("api-rita").postForEntity("/api/requests", body,
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").get(0).path("field").asText())
        .isEqualTo("desiredStart");
    assertThat(response.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Enter a date as yyyy-mm-dd.");
  }

  @Test
  void submittedRequestIsScoredAndVisibleOnlyToItsRequesterAndThePmo() {
    ResponseEntity<JsonNode> created = as("api-rita").postForEntity("/api/requests",
        aRequest().withTitle("Intranet search").build(), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String key = created.getBody().path("key").asText();
    assertThat(key).matches("REQ-\\d{4}-\\d{4}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/requests/" + key);
    assertThat(created.getBody().path("status").asText()).isEqualTo("SUBMITTED");
    runScoring(key);

    JsonNode own = as("api-rita").getForObject("/api/requests/" + key, JsonNode.class);
    assertThat(own.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(own.path("score").asInt()).isBetween(1, 100);
    assertThat(own.path("explanation").asText()).isNotBlank();

    assertThat(as("api-ralf").getForEntity("/api/requests/" + key, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("api-ralf").getForObject("/api/requests", JsonNode.class).findValuesAsText("key"))
        .doesNotContain(key);
    assertThat(as("api-pia").getForEntity("/api/requests/" + key, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void requesterCannotDecideAndSubmitterCannotApprove() {
    String key = as("api-pia").postForObject("/api/requests", aRequest().build(), JsonNode.class)
        .path("key").asText();
    runScoring(key);

    ResponseEntity<JsonNode> byRequester = as("api-rita").postForEntity(
        "/api/requests/" + key + "/decision",
        Map.of("decision", "APPROVE", "reason", "fine"), JsonNode.class);
    assertThat(byRequester.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ResponseEntity<JsonNode> bySubmitter = as("api-pia").postForEntity(
        "/api/requests/" + key + "/decision",
        Map.of("decision", "APPROVE", "reason", "I like it"), JsonNode.class);
    assertThat(bySubmitter.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(bySubmitter.getBody().path("detail").asText())
        .isEqualTo("You submitted " + key
            + " yourself, so someone else must approve it (four-eyes rule).");
    assertThat(decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(key)).isEmpty();

    ResponseEntity<JsonNode> withoutReason = as("api-pat").postForEntity(
        "/api/requests/" + key + "/decision", Map.of("decision", "APPROVE"), JsonNode.class);
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutReason.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("decisionReason");

    ResponseEntity<JsonNode> byColleague = as("api-pat").postForEntity(
        "/api/requests/" + key + "/decision",
        Map.of("decision", "APPROVE", "reason", "Second pair of eyes: fine."), JsonNode.class);
    assertThat(byColleague.getStatusCode()).isEqualTo(HttpStatus.OK);
    runJob(key); // create the project
    runJob(key); // start its lifecycle
    assertThat(passed(key, "start-lifecycle")).isTrue();
    String projectKey = requests.findByKey(key).orElseThrow().getProjectKey();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("project-lifecycle")
        .processInstanceBusinessKey(projectKey).count()).isEqualTo(1);

    JsonNode approved = as("api-pia").getForObject("/api/requests/" + key, JsonNode.class);
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.path("projectKey").asText()).matches("PRJ-\\d{4}-\\d{4}");
    assertThat(approved.path("reviews").get(0).path("decidedBy").asText()).isEqualTo("api-pat");
  }

  @Test
  void rankingListsTheOpenPipelineByScoreForThePmoOnly() {
    String low = as("api-rita").postForObject("/api/requests",
        aRequest().withTitle("Low").build(), JsonNode.class).path("key").asText();
    RequestForm strong = new RequestForm("High", "s", "b", "sp", "dep", "strategic", false,
        new java.math.BigDecimal("50000"), 20, java.time.LocalDate.of(2027, 1, 4),
        java.time.LocalDate.of(2027, 3, 31), 5, 5, 5, 5, 1);
    String high = as("api-rita").postForObject("/api/requests", strong, JsonNode.class)
        .path("key").asText();
    runScoring(low);
    runScoring(high);

    JsonNode ranking = as("api-pia").getForObject("/api/portfolio/ranking", JsonNode.class);
    java.util.List<String> keys = ranking.findValuesAsText("key");
    assertThat(keys).contains(low, high);
    assertThat(keys.indexOf(high)).isLessThan(keys.indexOf(low));
    JsonNode first = ranking.get(keys.indexOf(high));
    assertThat(first.path("priorityClass").asText()).matches("P[1-4]");
    assertThat(first.path("topReasons").size()).isBetween(1, 3);
    assertThat(as("api-rita").getForEntity("/api/portfolio/ranking", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, TestUsers.PASSWORD);
  }

  private void runScoring(String key) {
    runJob(key);
  }

  /** Whether the request's intake instance passed an activity. */
  private boolean passed(String key, String activityId) {
    return history.createHistoricActivityInstanceQuery()
        .processInstanceId(requests.findByKey(key).orElseThrow().getProcessInstanceId())
        .activityId(activityId).finished().count() > 0;
  }

  private void runJob(String key) {
    Job job = management.createJobQuery().processInstanceId(
        requests.findByKey(key).orElseThrow().getProcessInstanceId()).singleResult();
    management.executeJob(job.getId());
  }
}
