package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.InvoiceForm;
import org.pmoengine.budget.BudgetForms.VendorForm;
import org.pmoengine.budget.BudgetLine;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.budget.BudgetValidationStarter;
import org.pmoengine.budget.CheckedInvoice;
import org.pmoengine.budget.InvoiceRepository;
import org.pmoengine.budget.InvoiceStatus;
import org.pmoengine.gate.GateDecisionRepository;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.lifecycle.LifecycleVariables;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.Stage;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lifecycle in a real browser: the project manager submits a stage, the gate board decides
 * G1, finance approves a flagged invoice. Screenshots go under target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifecycleBrowserIT {

  static final String PM = "lcb-pm";
  static final String BOARD = "lcb-gina";
  static final String FINANCE = "lcb-fiona";

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired BudgetRegisters registers;
  @Autowired BudgetValidationStarter validations;
  @Autowired InvoiceRepository invoices;
  @Autowired JdbcTemplate jdbc;
  @Autowired GateDecisionRepository decisions;

  @BeforeEach
  void setUp() {
    Tasklist.ensureAdministratorExists(identity);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, BOARD, PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    TestUsers.ensure(identity, FINANCE, PmoGroups.REQUESTER, PmoGroups.FINANCE);
  }

  @Test
  void managerSubmitsTheStageAndTheBoardPassesG1InTasklist() {
    Project project = TestProjects.create(jdbc, projects, PM, "Sam Sponsor");
    String instance = runtime.startProcessInstanceByKey(LifecycleVariables.PROCESS_ID,
        project.getKey(), Map.of(LifecycleVariables.PROJECT_KEY, project.getKey())).getId();
    Browser browser = extension.browser();

    Tasklist tasklist = new Tasklist(browser, port).login(PM, TestUsers.PASSWORD);
    CamundaForm stage = tasklist.openTask(task(instance, "stage-work").getId());
    browser.waitUntil(d -> stage.text().contains(project.getKey()));
    assertThat(browser.pageText()).as("the task's name in Tasklist")
        .contains("Stage work (Initiation): " + project.getKey() + " " + project.getName());
    assertThat(stage.text()).contains("Stage Initiation, leading to gate G1 (business case)")
        .doesNotContain("/api/", "INITIATION");
    assertThat(stage.choices(LifecycleVariables.DELIVERABLES))
        .containsExactly("Business case", "Sponsor sign-off");
    stage.tick(LifecycleVariables.DELIVERABLES, "Business case")
        .tick(LifecycleVariables.DELIVERABLES, "Sponsor sign-off");
    browser.screenshot("lifecycle-1-stage-work");
    tasklist.completeTask();
    browser.waitUntil(d -> task(instance, "stage-work") == null);
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .activityId("recompute-plan").singleResult().getId());

    browser.driver().manage().deleteAllCookies();
    tasklist.login(BOARD, TestUsers.PASSWORD);
    CamundaForm review = tasklist.openTask(task(instance, "gate-review").getId());
    browser.waitUntil(d -> review.text().contains("Recommended: Go"));
    assertThat(review.text()).contains("Gate G1 review: " + project.getKey(), "No plan yet",
        "Budget validation: Within tolerance");
    assertThat(browser.pageText()).contains("Gate review G1: " + project.getKey());
    browser.screenshot("lifecycle-2-gate-review");
    review.select(LifecycleVariables.GATE_DECISION, "Go");
    tasklist.completeTask();
    browser.waitUntil(d -> task(instance, "stage-work") != null);
    browser.screenshot("lifecycle-3-g1-passed");
    assertThat(runtime.getVariable(instance, LifecycleVariables.DELIVERABLES))
        .as("the next stage starts with no ticks").isEqualTo("");
    assertThat(decisions.findByProjectKeyOrderByDecidedAtAscIdAsc(project.getKey()))
        .singleElement().satisfies(d -> assertThat(d.getRecommendation())
            .as("both ticks reached the rules").isEqualTo(Recommendation.GO));

    assertThat(runtime.getVariable(instance, LifecycleVariables.GATE)).isEqualTo("G2");
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getStage())
        .isEqualTo(Stage.PLANNING);
  }

  @Test
  void financeApprovesAFlaggedInvoiceInTasklist() {
    Project project = TestProjects.create(jdbc, projects, PM, "Sam Sponsor");
    BudgetLine line = registers.addLine(project.getKey(),
        new BudgetLineForm("HW", "Hardware", new BigDecimal("10000"), null), PM);
    registers.addVendor(project.getKey(), new VendorForm("ACME", "Acme Servers Ltd"), PM);
    CheckedInvoice flagged = registers.recordInvoice(project.getKey(), new InvoiceForm(
        line.getId(), "ACME", "INV-1", new BigDecimal("500"), LocalDate.of(2098, 3, 1), null),
        PM);
    assertThat(flagged.invoice().getStatus()).isEqualTo(InvoiceStatus.FLAGGED);
    String instance = validations.forInvoice(project.getKey(), flagged.invoice().getId());
    Browser browser = extension.browser();

    Tasklist tasklist = new Tasklist(browser, port).login(FINANCE, TestUsers.PASSWORD);
    CamundaForm approval = tasklist.openTask(task(instance, "finance-approval").getId());
    browser.waitUntil(d -> approval.text().contains(project.getKey()));
    assertThat(approval.text()).contains("purchase order");
    browser.screenshot("lifecycle-4-finance-approval");
    approval.select("financeDecision", "Approve").type("financeComment", "Order placed by phone.");
    tasklist.completeTask();
    browser.waitUntil(d -> task(instance, "finance-approval") == null);

    assertThat(invoices.findById(flagged.invoice().getId()).orElseThrow().getStatus())
        .isEqualTo(InvoiceStatus.APPROVED);
  }

  private Task task(String instance, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(key).list();
    return found.isEmpty() ? null : found.get(0);
  }
}
