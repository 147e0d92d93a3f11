package org.pmoengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.SignedInSession;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A refusal thrown in a task listener (the four-eyes rule, invalid input) reaches the engine's
 * REST API and Tasklist's wrapped by the engine; both answer it as a 4xx with the sentence a
 * person can act on, and neither the answer nor the log shows an engine code, an id or a stack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class EngineRefusalsTests {

  static final String PMO_REQUESTER = "er-pia";
  static final String OTHER_PMO = "er-pat";
  static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  String requestKey;
  Task triage;

  @BeforeEach
  void aRequestWaitingForPmoTriageSubmittedByAPmoMember() {
    TestUsers.ensure(identity, PMO_REQUESTER, PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, OTHER_PMO, PmoGroups.REQUESTER, PmoGroups.PMO);
    // the webapps send everyone to their first-run setup while no administrator exists
    TestUsers.ensure(identity, "er-admin", PmoGroups.CAMUNDA_ADMIN);
    Map<String, Object> request = new HashMap<>(Map.of("title", "Archive scanning",
        "summary", "Scan the paper archive", "businessCase", "Frees two rooms",
        "sponsor", OTHER_PMO, "department", "Facilities", "category", "operational",
        "mandatory", false, "requestedBudget", 40000, "effortPersonDays", 30,
        "desiredStart", "2027-03-01"));
    request.putAll(Map.of("desiredEnd", "2027-09-30", "strategicAlignment", 3,
        "businessValue", 3, "timeCriticality", 3, "riskReductionOpportunity", 3,
        "deliveryRisk", 3));
    ResponseEntity<JsonNode> created = rest.withBasicAuth(PMO_REQUESTER, TestUsers.PASSWORD)
        .postForEntity("/api/requests", request, JsonNode.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    requestKey = created.getBody().path("key").asText();
    runJobs();
    triage = tasks.createTaskQuery().processInstanceBusinessKey(requestKey)
        .taskDefinitionKey("pmo-triage").singleResult();
    assertThat(triage).isNotNull();
  }

  @Test
  void approvingOnesOwnRequestThroughEngineRestIs403WithTheFourEyesSentence(
      CapturedOutput log) throws Exception {
    ResponseEntity<JsonNode> answer = engineRest(PMO_REQUESTER,
        "/engine-rest/task/" + triage.getId() + "/complete", approve());

    assertThat(answer.getStatusCode().value()).isEqualTo(403);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("You submitted "
        + requestKey + " yourself, so someone else must approve it (four-eyes rule).");
    assertReadable(answer.getBody().toString());
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).isOne();
    assertThat(log.getOut()).contains("Refused POST task/" + triage.getId()
        + "/complete: You submitted " + requestKey, "(" + requestKey + ")")
        .doesNotContain("ENGINE-03051", "at org.camunda");
  }

  @Test
  void approvingOnesOwnRequestInTasklistIs403WithTheFourEyesSentence() throws Exception {
    HttpResponse<String> answer = new TasklistSession(PMO_REQUESTER)
        .post(TASKLIST_ENGINE + "/task/" + triage.getId() + "/submit-form", approve());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(json.readTree(answer.body()).path("message").asText())
        .isEqualTo("You submitted " + requestKey
            + " yourself, so someone else must approve it (four-eyes rule).");
    assertReadable(answer.body());
  }

  @Test
  void aDecisionWithoutReasonIs400NamingTheFieldOnBothPaths() throws Exception {
    Map<String, Object> noReason = Map.of("variables",
        Map.of("decision", Map.of("value", "REJECT", "type", "String")));

    ResponseEntity<JsonNode> viaRest = engineRest(OTHER_PMO,
        "/engine-rest/task/" + triage.getId() + "/complete", noReason);
    HttpResponse<String> viaTasklist = new TasklistSession(OTHER_PMO)
        .post(TASKLIST_ENGINE + "/task/" + triage.getId() + "/complete", noReason);

    assertThat(viaRest.getStatusCode().value()).isEqualTo(400);
    assertThat(viaRest.getBody().path("message").asText())
        .isEqualTo("Give a reason for the decision.");
    assertThat(viaRest.getBody().path("errors").get(0).path("field").asText())
        .isEqualTo("decisionReason");
    assertThat(viaTasklist.statusCode()).isEqualTo(400);
    assertThat(json.readTree(viaTasklist.body()).path("message").asText())
        .isEqualTo("Give a reason for the decision.");
  }

  @Test
  void completingATaskSomeoneElseCompletedIs409() throws Exception {
    Map<String, Object> reject = Map.of("variables", Map.of(
        "decision", Map.of("value", "REJECT", "type", "String"),
        "decisionReason", Map.of("value", "Not this year.", "type", "String")));
    assertThat(engineRest(OTHER_PMO, "/engine-rest/task/" + triage.getId() + "/complete",
        reject).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<JsonNode> late = engineRest(PMO_REQUESTER,
        "/engine-rest/task/" + triage.getId() + "/complete", reject);

    assertThat(late.getStatusCode().value()).isEqualTo(409);
    assertThat(late.getBody().path("message").asText())
        .isEqualTo("Someone else has already completed this task. Reload the task list.");
    assertReadable(late.getBody().toString());
  }

  @Test
  void engineStartAndMessageRefuseANullBodyANullVariableAndAHugeNumberWith400()
      throws Exception {
    String start = "/engine-rest/process-definition/key/project-intake/start";
    ResponseEntity<JsonNode> nullBody = engineRestRaw(PMO_REQUESTER, start, "null");
    ResponseEntity<JsonNode> nullVariable =
        engineRestRaw(PMO_REQUESTER, start, "{\"variables\":{\"title\":null}}");
    ResponseEntity<JsonNode> hugeNumber = engineRestRaw(PMO_REQUESTER, start,
        "{\"variables\":{\"effortPersonDays\":{\"value\":" + "9".repeat(1000) + "}}}");
    ResponseEntity<JsonNode> beyondADouble = engineRestRaw(PMO_REQUESTER, start,
        "{\"variables\":{\"effortPersonDays\":{\"value\":1E+2147483647}}}");
    ResponseEntity<JsonNode> nullMessage =
        engineRestRaw(PMO_REQUESTER, "/engine-rest/message", "null");

    assertThat(nullBody.getStatusCode().value()).isEqualTo(400);
    assertThat(nullBody.getBody().path("message").asText())
        .isEqualTo("Send a JSON object as the body, such as {\"variables\": {}}.");
    assertThat(nullVariable.getStatusCode().value()).isEqualTo(400);
    assertThat(nullVariable.getBody().path("message").asText())
        .isEqualTo("Give title as an object with a value and a type.");
    assertThat(hugeNumber.getStatusCode().value()).isEqualTo(400);
    assertThat(hugeNumber.getBody().path("message").asText())
        .isEqualTo("effortPersonDays must be a whole number between "
            + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ".");
    assertThat(beyondADouble.getStatusCode().value()).isEqualTo(400);
    assertThat(beyondADouble.getBody().path("message").asText())
        .isEqualTo("effortPersonDays is too large a number.");
    assertThat(nullMessage.getStatusCode().value()).isEqualTo(400);
    for (ResponseEntity<JsonNode> answer : List.of(nullBody, nullVariable, hugeNumber,
        beyondADouble, nullMessage)) {
      assertReadable(answer.getBody().toString());
    }
  }

  void assertReadable(String body) {
    assertThat(body).doesNotContain("ENGINE-", "Exception", triage.getId(), "org.camunda",
        "java.");
  }

  static Map<String, Object> approve() {
    return Map.of("variables", Map.of(
        "decision", Map.of("value", "APPROVE", "type", "String"),
        "decisionReason", Map.of("value", "Looks fine.", "type", "String")));
  }

  ResponseEntity<JsonNode> engineRest(String user, String path, Object body) throws Exception {
    return engineRestRaw(user, path, json.writeValueAsString(body));
  }

  ResponseEntity<JsonNode> engineRestRaw(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestUsers.PASSWORD).exchange(path, HttpMethod.POST,
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  void runJobs() {
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** Signed in as a browser is (once, at /login), then Tasklist opened: its XSRF token. */
  class TasklistSession {

    final SignedInSession session;

    TasklistSession(String user) {
      session = SignedInSession.signIn(port, user, TestUsers.PASSWORD);
      assertThat(session.openWebapp("tasklist").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
      return session.send(HttpRequest.newBuilder(session.uri(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }
  }
}
