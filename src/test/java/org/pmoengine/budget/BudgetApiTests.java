package org.pmoengine.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The budget registers over HTTP. Every invoice check fails once on stored data, and an invoice
 * that breaks a rule is stored all the same, flagged with its findings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BudgetApiTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired BudgetRegisters registers;
  @Autowired InvoiceRepository invoices;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @Autowired org.camunda.bpm.engine.HistoryService history;

  String key;
  long hardware;

  @BeforeEach
  void projectWithABudgetLineAndAVendor() {
    TestUsers.ensure(identity, "bud-mia", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "bud-otto", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "bud-finn", PmoGroups.REQUESTER, PmoGroups.FINANCE);
    TestUsers.ensure(identity, "bud-gabi", PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    key = TestProjects.create(jdbc, projects, "bud-mia", "bud-sam").getKey();
    hardware = post("bud-mia", "budget-lines",
        Map.of("code", "HW", "name", "Hardware", "amount", 10000))
        .getBody().path("id").asLong();
    post("bud-mia", "vendors", Map.of("vendorId", "ACME", "name", "Acme Servers Ltd"));
  }

  @Test
  void cleanInvoiceIsRecordedWithoutFindings() {
    ResponseEntity<JsonNode> response = post("bud-finn", "invoices", invoice("A-1", "4000"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().path("status").asText()).isEqualTo("RECORDED");
    assertThat(response.getBody().path("findings").size()).isZero();
    assertThat(response.getHeaders().getLocation()).hasToString(
        "/api/projects/" + key + "/invoices/" + response.getBody().path("id").asLong());
  }

  @Test
  void secondInvoiceWithTheSameNumberFromTheVendorIsADuplicate() {
    post("bud-mia", "invoices", invoice("A-2", "100"));

    JsonNode again = post("bud-mia", "invoices", invoice("a-2", "100")).getBody();

    assertThat(findingCodes(again)).containsExactly(InvoiceFinding.DUPLICATE_NUMBER);
    assertThat(again.path("status").asText()).isEqualTo("FLAGGED");
  }

  @Test
  void invoiceAboveWhatTheLineHasLeftIsOverBudget() {
    post("bud-mia", "invoices", invoice("A-3", "6000"));
    post("bud-mia", "expenses", Map.of("budgetLineId", hardware, "description", "Cables",
        "amount", 1500, "date", "2098-02-01"));

    JsonNode over = post("bud-mia", "invoices", invoice("A-4", "2500.50")).getBody();

    assertThat(findingCodes(over)).containsExactly(InvoiceFinding.OVER_REMAINING_BUDGET);
    assertThat(over.path("findings").get(0).path("message").asText()).isEqualTo(
        "2500.50 EUR is more than the 2500.00 EUR left on budget line HW (10000.00 EUR, of"
            + " which 7500.00 EUR booked).");
  }

  @Test
  void invoiceWithoutPurchaseOrderIsFound() {
    Map<String, Object> form = invoice("A-5", "100");
    form.remove("purchaseOrderRef");

    assertThat(findingCodes(post("bud-mia", "invoices", form).getBody()))
        .containsExactly(InvoiceFinding.MISSING_PURCHASE_ORDER);
  }

  @Test
  void invoiceFromAVendorNotOnTheProjectIsFound() {
    Map<String, Object> form = invoice("B-1", "100");
    form.put("vendor", "BOGUS");

    assertThat(findingCodes(post("bud-mia", "invoices", form).getBody()))
        .containsExactly(InvoiceFinding.VENDOR_NOT_ON_PROJECT);
  }

  @Test
  void invoiceDatedAfterTheProjectIsFound() {
    Map<String, Object> form = invoice("A-6", "100");
    form.put("invoiceDate", "2099-01-01");

    assertThat(findingCodes(post("bud-mia", "invoices", form).getBody()))
        .containsExactly(InvoiceFinding.DATE_OUTSIDE_PROJECT);
  }

  @Test
  void storedInvoiceIsCheckedAgainstTheOthersButNotItself() {
    long id = post("bud-mia", "invoices", invoice("A-7", "10000")).getBody().path("id").asLong();
    Invoice stored = invoices.findById(id).orElseThrow();

    assertThat(registers.invoice(stored.getProjectKey(), id).findings()).isEmpty();
    long second = post("bud-mia", "invoices", invoice("A-7", "1")).getBody().path("id").asLong();
    assertThat(registers.invoice(stored.getProjectKey(), id).findings())
        .extracting(InvoiceFinding::code)
        .containsExactly(InvoiceFinding.DUPLICATE_NUMBER, InvoiceFinding.OVER_REMAINING_BUDGET);
    assertThat(storedCheck(stored.getProjectKey(), id)).endsWith(": no findings.");
    assertThat(storedCheck(stored.getProjectKey(), second))
        .contains("is flagged:", "has already invoiced number A-7");
    JsonNode listed = as("bud-gabi").getForObject(url("invoices"), JsonNode.class);
    assertThat(listed.get(0).path("findings").size()).isEqualTo(2);
  }

  @Test
  void everyInvoiceAndExpenseIsValidatedAndCleanOnesNeedNoFinanceTask() {
    long cleanInvoice = post("bud-mia", "invoices", invoice("V-1", "100")).getBody()
        .path("id").asLong();
    long expense = post("bud-mia", "expenses", Map.of("budgetLineId", hardware,
        "description", "Cables", "amount", 40, "date", "2098-05-04")).getBody()
        .path("id").asLong();

    var finished = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(BudgetValidationVariables.PROCESS_ID)
        .processInstanceBusinessKey(key).finished().list();
    assertThat(finished).hasSize(2);
    assertThat(finished).extracting(p -> p.getEndActivityId()).containsOnly("budget-validated");
    assertThat(history.createHistoricVariableInstanceQuery()
        .variableName(BudgetValidationVariables.INVOICE_ID).list())
        .anyMatch(v -> Long.valueOf(cleanInvoice).equals(v.getValue()));
    assertThat(history.createHistoricVariableInstanceQuery()
        .variableName(BudgetValidationVariables.EXPENSE_ID).list())
        .anyMatch(v -> Long.valueOf(expense).equals(v.getValue()));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from rule_decision where decision_area = ?"
        + " and subject_key = ?", Integer.class, BudgetRules.DECISION_AREA, key)).isEqualTo(2);
  }

  @Test
  void flaggedInvoiceStartsABudgetValidationThatFinanceDecides() {
    Map<String, Object> flagged = invoice("F-1", "300");
    flagged.remove("purchaseOrderRef");
    long id = post("bud-mia", "invoices", flagged).getBody().path("id").asLong();
    post("bud-mia", "invoices", invoice("F-2", "200"));

    var validations = runtime.createProcessInstanceQuery()
        .processDefinitionKey(BudgetValidationVariables.PROCESS_ID)
        .processInstanceBusinessKey(key).list();
    assertThat(validations).singleElement();
    String instanceId = validations.get(0).getId();
    assertThat(runtime.getVariable(instanceId, BudgetValidationVariables.INVOICE_ID))
        .isEqualTo(id);
    assertThat((String) runtime.getVariable(instanceId, BudgetValidationVariables.BUDGET_FINDINGS))
        .contains("purchase order");
    var approval = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("finance-approval");

    identity.setAuthentication("bud-finn", java.util.List.of(PmoGroups.FINANCE));
    try {
      tasks.complete(approval.getId(), Map.of(BudgetValidationVariables.FINANCE_DECISION, "REJECT"));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(invoices.findById(id).orElseThrow().getStatus()).isEqualTo(InvoiceStatus.REJECTED);
  }

  @Test
  void actualCostSumsInvoicesAndExpensesButNotRejectedInvoices() {
    post("bud-mia", "invoices", invoice("A-8", "1200.50"));
    Map<String, Object> flagged = invoice("A-9", "300");
    flagged.remove("purchaseOrderRef");
    long a9 = post("bud-mia", "invoices", flagged).getBody().path("id").asLong();
    post("bud-finn", "expenses", Map.of("budgetLineId", hardware, "description", "Travel",
        "amount", "99.50", "date", "2098-03-01"));

    assertThat(registers.actualCost(key)).isEqualByComparingTo("1600.00");
    assertThat(registers.actualCost(key, LocalDate.of(2098, 3, 1))).isEqualByComparingTo("99.50");
    assertThat(registers.actualCost(key, LocalDate.of(2098, 2, 28))).isEqualByComparingTo("0");
    JsonNode line = as("bud-mia").getForObject(url("budget-lines"), JsonNode.class).get(0);
    assertThat(line.path("booked").decimalValue()).isEqualByComparingTo("1600");
    assertThat(line.path("remaining").decimalValue()).isEqualByComparingTo("8400");
    assertThat(line.path("currency").asText()).isEqualTo("EUR");

    jdbc.update("update invoice set status = 'REJECTED' where id = ?", a9);
    assertThat(registers.actualCost(key)).isEqualByComparingTo("1300.00");
  }

  @Test
  void invalidInvoiceGetsFieldMessagesAndStoresNothing() {
    String other = TestProjects.create(jdbc, projects, "bud-mia", "bud-sam").getKey();
    long foreignLine = as("bud-mia").postForEntity("/api/projects/" + other + "/budget-lines",
        Map.of("code", "X", "name", "Elsewhere", "amount", 5), JsonNode.class)
        .getBody().path("id").asLong();
    Map<String, Object> form = invoice(" ", "-5");
    form.put("budgetLineId", foreignLine);
    form.remove("invoiceDate");

    ResponseEntity<JsonNode> response = post("bud-mia", "invoices", form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("invoiceNumber", "amount", "invoiceDate", "budgetLineId");
    assertThat(invoices.findByProjectKeyOrderByInvoiceDateAscIdAsc(key)).isEmpty();
  }

  @Test
  void invalidRegisterEntriesGetFieldMessages() {
    assertThat(errorFields(post("bud-mia", "budget-lines",
        Map.of("code", "HW", "name", "", "amount", "12.345", "currency", "USD"))))
        .containsExactly("name", "amount", "currency", "code");
    assertThat(errorFields(post("bud-mia", "budget-lines",
        Map.of("code", "SW", "name", "Software", "amount", 1, "currency", "EURO"))))
        .containsExactly("currency");
    assertThat(errorFields(post("bud-mia", "vendors", Map.of("vendorId", "acme", "name", "x"))))
        .containsExactly("vendorId");
    assertThat(errorFields(post("bud-mia", "expenses",
        Map.of("budgetLineId", hardware, "description", "Taxi", "amount", 0))))
        .containsExactly("amount", "date");
    Map<String, Object> badDate = new HashMap<>(Map.of("budgetLineId", hardware,
        "description", "Taxi", "amount", 10, "date", "2098-02-30"));
    assertThat(errorFields(post("bud-mia", "expenses", badDate))).containsExactly("date");
    assertThat(registers.lines(key)).hasSize(1);
    assertThat(registers.expenses(key)).isEmpty();
  }

  @Test
  void managerAndFinanceWriteReadersReadOutsidersNot() {
    assertThat(post("bud-gabi", "invoices", invoice("G-1", "1")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("bud-otto", "expenses", Map.of("budgetLineId", hardware,
        "description", "x", "amount", 1, "date", "2098-02-01")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("bud-otto").getForEntity(url("invoices"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity(url("invoices"), invoice("N-1", "1"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("bud-gabi").getForEntity(url("budget-lines"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(post("bud-finn", "vendors", Map.of("vendorId", "GLOBEX", "name", "Globex"))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(registers.invoices(key)).isEmpty();
    assertThat(as("bud-finn").getForEntity("/api/projects/PRJ-2098-9999/invoices",
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private Map<String, Object> invoice(String number, String amount) {
    Map<String, Object> form = new HashMap<>();
    form.put("budgetLineId", hardware);
    form.put("vendor", "ACME");
    form.put("invoiceNumber", number);
    form.put("amount", new BigDecimal(amount));
    form.put("invoiceDate", "2098-03-15");
    form.put("purchaseOrderRef", "PO-4711");
    return form;
  }

  private ResponseEntity<JsonNode> post(String userId, String register, Object body) {
    return as(userId).postForEntity(url(register), body, JsonNode.class);
  }

  private String url(String register) {
    return "/api/projects/" + key + "/" + register;
  }

  private static List<String> findingCodes(JsonNode invoice) {
    return invoice.path("findings").findValuesAsText("code");
  }

  private static List<String> errorFields(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody().path("errors").findValuesAsText("field");
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, TestUsers.PASSWORD);
  }

  private String storedCheck(String projectKey, long invoiceId) {
    return jdbc.queryForObject("select explanation from rule_decision where decision_area = ?"
        + " and subject_key = ?", String.class, InvoiceChecks.DECISION_AREA,
        projectKey + "/invoice/" + invoiceId);
  }
}
