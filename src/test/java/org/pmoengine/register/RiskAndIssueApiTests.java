package org.pmoengine.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The risk and issue registers over HTTP: who may do what, validation, and the rule queries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RiskAndIssueApiTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired RiskRepository risks;
  @Autowired IssueRepository issues;
  @Autowired RiskRegister riskRegister;
  @Autowired IssueRegister issueRegister;

  String key;

  @BeforeEach
  void project() {
    TestUsers.ensure(identity, "reg-mia", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "reg-sam", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "reg-otto", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "reg-pia", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, "reg-gabi", PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    key = TestProjects.create(jdbc, projects, "reg-mia", "reg-sam").getKey();
  }

  @Test
  void managerRegistersARiskScoredByProbabilityTimesImpact() {
    ResponseEntity<JsonNode> created = as("reg-mia").postForEntity(risksOf(key),
        risk("Supplier insolvency", 3, 5), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = created.getBody();
    assertThat(body.path("score").asInt()).isEqualTo(15);
    assertThat(body.path("status").asText()).isEqualTo("OPEN");
    assertThat(body.path("createdBy").asText()).isEqualTo("reg-mia");
    assertThat(created.getHeaders().getLocation())
        .hasToString(risksOf(key) + "/" + body.path("id").asLong());

    Map<String, Object> mitigated = risk("Supplier insolvency", 2, 5);
    mitigated.put("status", "MITIGATING");
    mitigated.put("mitigation", "Second supplier qualified");
    ResponseEntity<JsonNode> updated = as("reg-pia").exchange(
        risksOf(key) + "/" + body.path("id").asLong(), HttpMethod.PUT,
        new HttpEntity<>(mitigated), JsonNode.class);

    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(updated.getBody().path("score").asInt()).isEqualTo(10);
    assertThat(updated.getBody().path("mitigation").asText()).isEqualTo("Second supplier qualified");
    JsonNode listed = as("reg-gabi").getForObject(risksOf(key), JsonNode.class);
    assertThat(listed.findValuesAsText("status")).containsExactly("MITIGATING");
  }

  @Test
  void invalidRiskGetsFieldMessagesAndStoresNothing() {
    Map<String, Object> bad = risk(" ", 0, 6);
    bad.remove("owner");

    ResponseEntity<JsonNode> response = as("reg-mia").postForEntity(risksOf(key), bad,
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("title", "probability", "impact", "owner");
    assertThat(risks.findByProjectKeyOrderByScoreDescIdAsc(key)).isEmpty();
  }

  @Test
  void updateMustStateTheStatus() {
    long id = as("reg-mia").postForObject(risksOf(key), risk("Key person leaves", 2, 4),
        JsonNode.class).path("id").asLong();

    ResponseEntity<JsonNode> response = as("reg-mia").exchange(risksOf(key) + "/" + id,
        HttpMethod.PUT, new HttpEntity<>(risk("Key person leaves", 5, 5)), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("status");
    assertThat(riskRegister.get(key, id).getScore()).isEqualTo(8);
  }

  @Test
  void unknownStatusIsNamedAsAFieldProblem() {
    Map<String, Object> form = risk("Scope creep", 3, 3);
    form.put("status", "FORGOTTEN");

    ResponseEntity<JsonNode> response = as("reg-mia").postForEntity(risksOf(key), form,
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").get(0).path("field").asText())
        .isEqualTo("status");
  }

  @Test
  void onlyKeepersWriteAndOnlyReadersRead() {
    assertThat(as("reg-otto").postForEntity(risksOf(key), risk("x", 1, 1), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("reg-otto").getForEntity(risksOf(key), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("reg-gabi").postForEntity(issuesOf(key), issue("x", "2098-03-01"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("reg-sam").getForEntity(issuesOf(key), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity(risksOf(key), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(risks.findByProjectKeyOrderByScoreDescIdAsc(key)).isEmpty();
    assertThat(issues.findByProjectKeyOrderByDueDateAscIdAsc(key)).isEmpty();
  }

  @Test
  void unknownProjectOrRecordIsNotFound() {
    assertThat(as("reg-pia").getForEntity(risksOf("PRJ-2098-9999"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("reg-pia").postForEntity(issuesOf("PRJ-2098-9999"), issue("x", "2098-03-01"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("reg-pia").getForEntity(risksOf(key) + "/999999", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void riskOfAnotherProjectIsNotFoundUnderThisOne() {
    String other = TestProjects.create(jdbc, projects, "reg-mia", "reg-sam").getKey();
    long id = as("reg-mia").postForObject(risksOf(other), risk("Elsewhere", 1, 1),
        JsonNode.class).path("id").asLong();

    assertThat(as("reg-mia").getForEntity(risksOf(key) + "/" + id, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void openHighRisksAreTheUnclosedOnesAtOrAboveTheThreshold() {
    long high = riskRegister.add(key, form("Regulator rejects design", 4, 4, null), "reg-mia")
        .getId();
    long exactly = riskRegister.add(key, form("Vendor late", 3, 5, RiskStatus.MITIGATING),
        "reg-mia").getId();
    riskRegister.add(key, form("Closed but severe", 5, 5, RiskStatus.CLOSED), "reg-mia");
    long medium = riskRegister.add(key, form("Test data incomplete", 3, 4, null), "reg-mia")
        .getId();

    assertThat(riskRegister.openHighRisks(key)).extracting(Risk::getId)
        .containsExactly(high, exactly);
    assertThat(riskRegister.openHighRisks(key, 12)).extracting(Risk::getId)
        .containsExactly(high, exactly, medium);
    assertThat(riskRegister.openHighRisks(key, 20)).isEmpty();
  }

  @Test
  void issuesPastTheirDueDateAndNotDoneAreOverdue() {
    LocalDate today = LocalDate.of(2098, 6, 15);
    long late = issueRegister.add(key, issueForm("Sign the contract", "2098-06-01", null),
        "reg-mia").getId();
    long lateInProgress = issueRegister.add(key,
        issueForm("Order servers", "2098-06-14", IssueStatus.IN_PROGRESS), "reg-mia").getId();
    issueRegister.add(key, issueForm("Kick-off held", "2098-05-01", IssueStatus.DONE), "reg-mia");
    issueRegister.add(key, issueForm("Due today", "2098-06-15", null), "reg-mia");
    issueRegister.add(key, issueForm("Due later", "2098-07-01", null), "reg-mia");

    assertThat(issueRegister.overdueOpenIssues(key, today)).extracting(Issue::getId)
        .containsExactly(late, lateInProgress);
    assertThat(issueRegister.overdueOpenIssues(key, LocalDate.of(2098, 1, 1))).isEmpty();
  }

  @Test
  void issueIsCreatedOpenAndShowsWhetherItIsOverdue() {
    ResponseEntity<JsonNode> created = as("reg-mia").postForEntity(issuesOf(key),
        issue("Agree the test plan", "2000-01-31"), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("status").asText()).isEqualTo("OPEN");
    assertThat(created.getBody().path("severity").asText()).isEqualTo("MEDIUM");
    assertThat(created.getBody().path("overdue").asBoolean()).isTrue();

    Map<String, Object> done = issue("Agree the test plan", "2000-01-31");
    done.put("status", "DONE");
    JsonNode updated = as("reg-mia").exchange(
        issuesOf(key) + "/" + created.getBody().path("id").asLong(), HttpMethod.PUT,
        new HttpEntity<>(done), JsonNode.class).getBody();
    assertThat(updated.path("status").asText()).isEqualTo("DONE");
    assertThat(updated.path("overdue").asBoolean()).isFalse();
  }

  @Test
  void invalidIssueGetsFieldMessagesAndStoresNothing() {
    Map<String, Object> bad = issue("", "2098-03-01");
    bad.remove("dueDate");
    bad.put("owner", "x".repeat(65));

    ResponseEntity<JsonNode> response = as("reg-mia").postForEntity(issuesOf(key), bad,
        JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("title", "owner", "dueDate");
    assertThat(issues.findByProjectKeyOrderByDueDateAscIdAsc(key)).isEmpty();
  }

  private static Map<String, Object> risk(String title, int probability, int impact) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", title);
    form.put("description", "What could happen");
    form.put("probability", probability);
    form.put("impact", impact);
    form.put("owner", "reg-mia");
    return form;
  }

  private static Map<String, Object> issue(String title, String dueDate) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", title);
    form.put("owner", "reg-mia");
    form.put("dueDate", dueDate);
    return form;
  }

  private static RiskForm form(String title, int probability, int impact, RiskStatus status) {
    return new RiskForm(title, null, probability, impact, "reg-mia", null, status);
  }

  private static IssueForm issueForm(String title, String due, IssueStatus status) {
    return new IssueForm(title, null, "reg-mia", LocalDate.parse(due), IssueSeverity.HIGH,
        status);
  }

  private static String risksOf(String key) {
    return "/api/projects/" + key + "/risks";
  }

  private static String issuesOf(String key) {
    return "/api/projects/" + key + "/issues";
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, TestUsers.PASSWORD);
  }
}
