package org.pmoengine.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

/**
 * The history of risks and issues: every change through the API is kept with who made it and
 * when, closing and reopening named as such, and nothing is kept for a refused or empty change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterHistoryTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;

  String key;

  @BeforeEach
  void project() {
    TestUsers.ensure(identity, "hist-mia", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "hist-sam", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "hist-otto", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "hist-pia", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, "hist-gabi", PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    key = TestProjects.create(jdbc, projects, "hist-mia", "hist-sam").getKey();
  }

  @Test
  void everyChangeOfARiskIsKeptWithWhoAndWhen() {
    long id = as("hist-mia").postForObject(risks(), risk(3, 5, null, null), JsonNode.class)
        .path("id").asLong();

    put("hist-pia", id, risk(2, 5, "Second supplier qualified", "MITIGATING"));
    put("hist-mia", id, risk(2, 5, "Second supplier qualified", "CLOSED"));
    put("hist-pia", id, risk(2, 5, "Second supplier qualified", "OPEN"));
    // the same values again: nothing changed, nothing kept
    put("hist-pia", id, risk(2, 5, "Second supplier qualified", "OPEN"));

    JsonNode history = as("hist-gabi").getForObject(risks() + "/" + id + "/history",
        JsonNode.class);
    assertThat(history.findValuesAsText("action"))
        .containsExactly("REOPENED", "CLOSED", "UPDATED", "ADDED");
    assertThat(history.findValuesAsText("changedBy"))
        .containsExactly("hist-pia", "hist-mia", "hist-pia", "hist-mia");
    assertThat(lines(history.get(2))).containsExactly(
        "Probability: 3 (medium) → 2 (low)",
        "Mitigation: – → Second supplier qualified",
        "Status: Open → Mitigating");
    assertThat(lines(history.get(1))).containsExactly("Status: Mitigating → Closed");
    assertThat(lines(history.get(0))).containsExactly("Status: Closed → Open");
    assertThat(lines(history.get(3))).isEmpty();
    assertThat(history.get(0).path("changedAt").asText()).isNotBlank();
  }

  @Test
  void aRefusedChangeLeavesNoHistoryAndOutsidersCannotReadIt() {
    long id = as("hist-mia").postForObject(risks(), risk(3, 5, null, null), JsonNode.class)
        .path("id").asLong();

    ResponseEntity<JsonNode> invalid = as("hist-mia").exchange(risks() + "/" + id,
        HttpMethod.PUT, new HttpEntity<>(risk(9, 5, null, "OPEN")), JsonNode.class);
    ResponseEntity<JsonNode> forbidden = as("hist-gabi").exchange(risks() + "/" + id,
        HttpMethod.PUT, new HttpEntity<>(risk(1, 1, null, "CLOSED")), JsonNode.class);

    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from register_change where entry_type = 'RISK'"
        + " and entry_id = ?", Integer.class, id)).isEqualTo(1);
    assertThat(as("hist-otto").getForEntity(risks() + "/" + id + "/history", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String other = TestProjects.create(jdbc, projects, "hist-mia", "hist-sam").getKey();
    assertThat(as("hist-mia").getForEntity("/api/projects/" + other + "/risks/" + id + "/history",
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anIssueDoneIsClosedInItsHistoryAndLongTextIsCut() {
    String issues = "/api/projects/" + key + "/issues";
    Map<String, Object> form = new HashMap<>();
    form.put("title", "Licences missing");
    form.put("owner", "hist-mia");
    form.put("dueDate", "2099-03-01");
    long id = as("hist-mia").postForObject(issues, form, JsonNode.class).path("id").asLong();

    form.put("dueDate", "2099-03-15");
    form.put("severity", "HIGH");
    form.put("description", "x".repeat(300));
    form.put("status", "DONE");
    as("hist-mia").exchange(issues + "/" + id, HttpMethod.PUT, new HttpEntity<>(form),
        JsonNode.class);

    JsonNode history = as("hist-mia").getForObject(issues + "/" + id + "/history",
        JsonNode.class);
    assertThat(history.findValuesAsText("action")).containsExactly("CLOSED", "ADDED");
    assertThat(lines(history.get(0))).containsExactly(
        "Description: – → " + "x".repeat(199) + "…",
        "Due date: 1 Mar 2099 → 15 Mar 2099",
        "Severity: Medium → High",
        "Status: Open → Done");
    // the entry itself keeps all of the text
    assertThat(as("hist-mia").getForObject(issues + "/" + id, JsonNode.class)
        .path("description").asText()).hasSize(300);
  }

  private void put(String user, long id, Map<String, Object> form) {
    ResponseEntity<JsonNode> answer = as(user).exchange(risks() + "/" + id, HttpMethod.PUT,
        new HttpEntity<>(form), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static List<String> lines(JsonNode change) {
    List<String> lines = new ArrayList<>();
    change.path("changes").forEach(line -> lines.add(line.asText()));
    return lines;
  }

  private static Map<String, Object> risk(int probability, int impact, String mitigation,
      String status) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", "Supplier insolvency");
    form.put("probability", probability);
    form.put("impact", impact);
    form.put("owner", "hist-mia");
    form.put("mitigation", mitigation);
    form.put("status", status);
    return form;
  }

  private String risks() {
    return "/api/projects/" + key + "/risks";
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, TestUsers.PASSWORD);
  }
}
