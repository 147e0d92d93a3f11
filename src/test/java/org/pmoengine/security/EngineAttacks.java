package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.change.ChangeRequestRepository;
import org.pmoengine.change.ChangeTestProjects;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks of a plain signed-in user on the engine's own paths, replayed: each must be
 * refused and leave every record as it was. The subclasses send them through one path each
 * ({@code /engine-rest} with HTTP Basic, Tasklist's API with its session login), so every
 * attack is a test per path.
 *
 * <p>The world: carl manages project P1, where mia (a member) raised change C1, waiting for
 * carl's approval. bob manages project P2, where mia raised C2, waiting for bob. carl's request
 * R1 waits for PMO triage; his request R2 was rejected by paula (PMO). bob and alice are plain
 * requesters outside P1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EngineAttacks {

  static final String BOB = "atk-bob";
  static final String CARL = "atk-carl";
  static final String ALICE = "atk-alice";
  static final String MIA = "atk-mia";
  static final String PAULA = "atk-paula";

  /** A refusal answers 400 for a field not on the form, 403 for a step only administrators take. */
  static final int FIELD_REFUSED = 400;
  static final int ACTION_REFUSED = 403;

  /** Sentences of the refusals, so a test sees it was refused for its reason, not by accident. */
  static final String NOT_ON_FORM = "is not a field of the form";
  static final String ADMINS_ONLY = "for administrators only";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PlanService plans;
  @Autowired ChangeRequestRepository changes;
  @Autowired ProjectRequestRepository requests;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  String p1;
  String p2;
  String c1;
  String c2;
  String r1;
  String r2;

  /** Sends a JSON body as the user through this path; the path is relative to the engine. */
  abstract HttpResponse<String> send(String user, String method, String path, String body);

  @BeforeEach
  void theWorld() {
    TestUsers.ensure(identity, BOB, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, CARL, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, ALICE, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, MIA, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, PAULA, PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, "cc-sponsor", PmoGroups.REQUESTER);
    ChangeTestProjects testProjects = new ChangeTestProjects(jdbc, projects, plans, team);
    p1 = testProjects.inPlanning(CARL, MIA).getKey();
    p2 = testProjects.inPlanning(BOB, MIA).getKey();
    c1 = raiseChange(p1);
    c2 = raiseChange(p2);
    r1 = submitRequest(CARL);
    r2 = submitRequest(CARL);
    decide(r2, "REJECT", "Not this year.");
  }

  // 1. Approve someone else's change

  @Test
  void startingChangeControlAtTheApprovalStepIsRefused() {
    String body = """
        {"startInstructions": [{"type": "startBeforeActivity", "activityId": "approve-change-pm"}],
         "variables": {"changeKey": {"value": "%s"}, "projectKey": {"value": "%s"},
                       "projectManager": {"value": "%s"}}}""".formatted(c1, p1, BOB);
    long instances = instancesOf("change-control");

    assertRefused(send(BOB, "POST", "process-definition/key/change-control/start", body),
        ACTION_REFUSED, ADMINS_ONLY);

    assertThat(instancesOf("change-control")).isEqualTo(instances);
    assertChangeWaitsForApproval(c1);
  }

  @Test
  void approvingAChangeOfAnotherProjectThroughOnesOwnTaskIsRefused() {
    String body = """
        {"variables": {"decision": {"value": "APPROVE"}, "decisionReason": {"value": "Fine."},
                       "changeKey": {"value": "%s"}}}""".formatted(c1);

    assertRefused(send(BOB, "POST", "task/" + approvalTask(c2).getId() + "/submit-form", body),
        FIELD_REFUSED, NOT_ON_FORM);

    assertChangeWaitsForApproval(c1);
    assertChangeWaitsForApproval(c2);
  }

  // 2. Identity from variables

  @Test
  void submittingARequestInSomeoneElsesNameIsRefused() {
    Map<String, Object> variables = requestVariables("Intranet search");
    variables.put("submittedBy", BOB);
    long requestsBefore = requests.count();

    assertRefused(send(ALICE, "POST", "process-definition/key/project-intake/submit-form",
        body(variables)), FIELD_REFUSED, NOT_ON_FORM);

    assertThat(requests.count()).isEqualTo(requestsBefore);
  }

  @Test
  void raisingAChangeInSomeoneElsesNameIsRefused() {
    Map<String, Object> variables = new HashMap<>(Map.of("projectKey", p1,
        "justification", "The customer asked for one more day.",
        "changes", "move live 2027-01-26", "requestedBy", ALICE));
    long changesBefore = changes.count();

    assertRefused(send(MIA, "POST", "process-definition/key/change-control/start",
        body(variables)), FIELD_REFUSED, NOT_ON_FORM);

    assertThat(changes.count()).isEqualTo(changesBefore);
  }

  // 3. Start at a chosen step

  @Test
  void startingIntakeAtProvideInformationWithAnothersRequestIsRefused() {
    long instances = instancesOf("project-intake");

    assertRefused(send(BOB, "POST", "process-definition/key/project-intake/start",
        startAt("provide-information", "requestKey", r1)), ACTION_REFUSED, ADMINS_ONLY);

    assertThat(instancesOf("project-intake")).isEqualTo(instances);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("provide-information")
        .taskAssignee(BOB).count()).isZero();
  }

  @Test
  void startingIntakeAtScoringToReopenARejectedRequestIsRefused() {
    assertRefused(send(BOB, "POST", "process-definition/key/project-intake/start",
        startAt("score-request", "requestKey", r2)), ACTION_REFUSED, ADMINS_ONLY);

    assertThat(requestStatus(r2)).isEqualTo("REJECTED");
  }

  @Test
  void startingChangeControlAtWithdrawalToWithdrawAnothersChangeIsRefused() {
    assertRefused(send(BOB, "POST", "process-definition/key/change-control/start",
        startAt("record-withdrawal", "changeKey", c1)), ACTION_REFUSED, ADMINS_ONLY);

    assertChangeWaitsForApproval(c1);
  }

  @Test
  void sendingTheWithdrawMessageForAnothersChangeIsRefused() {
    String body = """
        {"messageName": "withdraw-change", "processInstanceId": "%s",
         "processVariables": {"withdrawnBy": {"value": "%s"}}}"""
        .formatted(processOf(c1), MIA);

    assertRefused(send(BOB, "POST", "message", body), ACTION_REFUSED, ADMINS_ONLY);

    assertChangeWaitsForApproval(c1);
  }

  @Test
  void movingOnesOwnChangeStraightToApplyIsRefused() {
    String body = """
        {"instructions": [{"type": "startBeforeActivity", "activityId": "apply-change"}]}""";

    assertRefused(send(BOB, "POST", "process-instance/" + processOf(c2) + "/modification",
        body), ACTION_REFUSED, ADMINS_ONLY);

    assertChangeWaitsForApproval(c2);
  }

  // 4. Completion variables overwrite record keys

  @Test
  void completingTriageWithAnotherRequestKeyIsRefused() {
    String body = """
        {"variables": {"decision": {"value": "APPROVE"}, "decisionReason": {"value": "Fine."},
                       "requestKey": {"value": "%s"}}}""".formatted(r2);

    assertRefused(send(PAULA, "POST", "task/" + triageTask(r1).getId() + "/complete", body),
        FIELD_REFUSED, NOT_ON_FORM);

    assertThat(requestStatus(r1)).isEqualTo("IN_REVIEW");
    assertThat(requestStatus(r2)).isEqualTo("REJECTED");
  }

  @Test
  void writingARecordKeyIntoOnesOwnTaskIsRefused() {
    String body = """
        {"modifications": {"changeKey": {"value": "%s"}}}""".formatted(c1);

    assertRefused(send(BOB, "POST", "task/" + approvalTask(c2).getId() + "/variables", body),
        ACTION_REFUSED, ADMINS_ONLY);

    assertThat(tasks.getVariable(approvalTask(c2).getId(), "changeKey")).isEqualTo(c2);
  }

  // the paths stay open for what the forms submit

  @Test
  void submittingTheStartFormWithItsOwnFieldsRecordsTheSignedInRequester() throws Exception {
    HttpResponse<String> response = send(ALICE, "POST",
        "process-definition/key/project-intake/submit-form",
        body(requestVariables("Intranet search")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String instance = json.readTree(response.body()).path("id").asText();
    assertThat(requests.findByProcessInstanceId(instance).orElseThrow().getSubmittedBy())
        .isEqualTo(ALICE);
  }

  @Test
  void approvingOnesOwnProjectsChangeWithTheFormsFieldsIsRecorded() {
    String body = """
        {"variables": {"decision": {"value": "APPROVE"}, "decisionReason": {"value": "Fine."}}}""";

    HttpResponse<String> response =
        send(BOB, "POST", "task/" + approvalTask(c2).getId() + "/submit-form", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(changes.findByKey(c2).orElseThrow().getDecidedBy()).isEqualTo(BOB);
    assertChangeWaitsForApproval(c1);
  }

  // what a refusal looks like, and the records it must leave alone

  /**
   * Refused with exactly this status and a sentence for a person, no engine code or class name;
   * the record unchanged is asserted by the caller.
   */
  static void assertRefused(HttpResponse<String> response, int expected, String sentence) {
    assertThat(response.statusCode()).as("answer to an attack: %s", response.body())
        .isEqualTo(expected);
    assertThat(response.body()).contains(sentence).doesNotContain("ENGINE-")
        .doesNotContainPattern("\\b(org|java|jakarta)\\.[a-z]+\\.");
  }

  void assertChangeWaitsForApproval(String changeKey) {
    Map<String, Object> row = jdbc.queryForMap(
        "select status, decided_by from change_request where change_key = ?", changeKey);
    assertThat(row.get("status")).isEqualTo("ANALYSED");
    assertThat(row.get("decided_by")).isNull();
    assertThat(jdbc.queryForObject("select count(*) from change_decision where change_key = ?",
        Long.class, changeKey)).isZero();
    assertThat(approvalTask(changeKey)).isNotNull();
  }

  String requestStatus(String requestKey) {
    return jdbc.queryForObject("select status from project_request where request_key = ?",
        String.class, requestKey);
  }

  long instancesOf(String processKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  String processOf(String changeKey) {
    return changes.findByKey(changeKey).orElseThrow().getProcessInstanceId();
  }

  Task approvalTask(String changeKey) {
    return tasks.createTaskQuery().processInstanceId(processOf(changeKey))
        .taskDefinitionKey("approve-change-pm").singleResult();
  }

  Task triageTask(String requestKey) {
    return tasks.createTaskQuery().processInstanceId(
            requests.findByKey(requestKey).orElseThrow().getProcessInstanceId())
        .taskDefinitionKey("pmo-triage").singleResult();
  }

  String startAt(String activityId, String keyName, String keyValue) {
    return """
        {"startInstructions": [{"type": "startBeforeActivity", "activityId": "%s"}],
         "skipCustomListeners": true,
         "variables": {"%s": {"value": "%s"}}}""".formatted(activityId, keyName, keyValue);
  }

  String body(Map<String, Object> variables) {
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    try {
      return json.writeValueAsString(Map.of("variables", typed));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid small operational request, as the start form sends it. */
  static Map<String, Object> requestVariables(String title) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", title);
    variables.put("summary", "Search across the intranet's pages and files.");
    variables.put("businessCase", "People lose an hour a week looking for documents.");
    variables.put("sponsor", "Sam Sponsor");
    variables.put("department", "IT");
    variables.put("category", "operational");
    variables.put("mandatory", false);
    variables.put("requestedBudget", 80000);
    variables.put("effortPersonDays", 60);
    variables.put("desiredStart", "2027-02-01");
    variables.put("desiredEnd", "2027-06-30");
    variables.put("strategicAlignment", 4);
    variables.put("businessValue", 4);
    variables.put("timeCriticality", 3);
    variables.put("riskReductionOpportunity", 3);
    variables.put("deliveryRisk", 2);
    return variables;
  }

  // setting the world up through our API, as the real users would

  private String raiseChange(String projectKey) {
    JsonNode raised = rest.withBasicAuth(MIA, TestUsers.PASSWORD).postForObject(
        "/api/projects/" + projectKey + "/changes", Map.of("justification",
            "The customer asked for one more day.", "changes", List.of(Map.of("type",
                "MOVE_MILESTONE", "activityId", "live", "date", "2027-01-26"))), JsonNode.class);
    String key = raised.path("changeKey").asText();
    runJobs(changes.findByKey(key).orElseThrow().getProcessInstanceId());
    return key;
  }

  private String submitRequest(String userId) {
    Map<String, Object> form = requestVariables("Replace the expense tool");
    String key = rest.withBasicAuth(userId, TestUsers.PASSWORD)
        .postForObject("/api/requests", form, JsonNode.class).path("key").asText();
    runJobs(requests.findByKey(key).orElseThrow().getProcessInstanceId());
    return key;
  }

  private void decide(String requestKey, String decision, String reason) {
    rest.withBasicAuth(PAULA, TestUsers.PASSWORD).postForObject(
        "/api/requests/" + requestKey + "/decision",
        Map.of("decision", decision, "reason", reason), JsonNode.class);
  }

  private void runJobs(String processInstanceId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId)
        .executable().list()) {
      management.executeJob(job.getId());
    }
  }
}
