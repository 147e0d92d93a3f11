package org.pmoengine.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.pmoengine.budget.BudgetValidationVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.WarningLevel;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** budget-validation on the real engine, rules and database: with and without finance. */
@SpringBootTest
class BudgetValidationProcessTests {

  static final String PM = "bv-pm";
  static final String FINANCE = "bv-finance";
  static final String BOARD = "bv-board";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired PlanService plans;
  @Autowired BudgetRegisters registers;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, FINANCE, PmoGroups.REQUESTER, PmoGroups.FINANCE);
    TestUsers.ensure(identity, BOARD, PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void budgetWithinToleranceNeedsNoApprovalAndWarnsNobody() {
    Project project = TestProjects.create(jdbc, projects, PM, "Sam Sponsor");

    ProcessInstance instance = start(project);

    assertThat(instance).hasPassed("assess-budget").hasNotPassed("finance-approval").isEnded();
    assertThat(outcomeOf(instance)).isEqualTo(WITHIN_TOLERANCE);
    assertThat(warningsOf(project)).isZero();
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getWarningLevel())
        .isEqualTo(WarningLevel.NONE);
  }

  @Test
  void overrunNeedsFinanceApprovalAndIsWarnedAboutOnce() {
    Project project = overrunningProject();

    ProcessInstance instance = start(project);

    assertThat(instance).isWaitingAt("finance-approval");
    assertThat(task()).hasCandidateGroup(PmoGroups.FINANCE);
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables).containsEntry(BUDGET_OUTCOME, APPROVAL_REQUIRED)
        .containsEntry(WARNING_LEVEL, "CRITICAL")
        .containsEntry(REQUIRED_APPROVALS, "finance, gate-board");
    assertThat((String) variables.get(EARNED_VALUE_SUMMARY)).contains("EAC 140,000");
    assertThat(task().getName()).isEqualTo("Finance approval: " + project.getKey() + " "
        + project.getName());
    assertThat(tasks.getVariablesLocal(task().getId()))
        .containsEntry("warningLevelText", "Critical")
        .containsEntry("requiredApprovalsText", "Finance, Gate board");
    assertThat(warningsOf(project)).isPositive();
    long warnings = warningsOf(project);

    identity.setAuthentication(FINANCE, List.of(PmoGroups.FINANCE));
    tasks.complete(task().getId(), Map.of(FINANCE_DECISION, "APPROVE",
        FINANCE_COMMENT, "Covered by the contingency."));
    identity.clearAuthentication();
    assertThat(instance).hasPassed("finance-approval").isWaitingAt("board-budget-approval");
    assertThat(task()).hasCandidateGroup(PmoGroups.GATE_BOARD);
    assertThat(runtime.getVariable(instance.getId(), BOARD_APPROVAL_REQUIRED)).isEqualTo(true);

    identity.setAuthentication(BOARD, List.of(PmoGroups.GATE_BOARD));
    tasks.complete(task().getId(), Map.of(BOARD_BUDGET_DECISION, "APPROVE"));
    identity.clearAuthentication();
    assertThat(instance).isEnded();
    assertThat(outcomeOf(instance)).isEqualTo(APPROVED);

    ProcessInstance again = start(project);
    assertThat(again).isWaitingAt("finance-approval");
    assertThat(warningsOf(project)).as("unchanged level: no second warning").isEqualTo(warnings);
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getWarningLevel())
        .isEqualTo(WarningLevel.CRITICAL);
  }

  @Test
  void gateBoardRejectingAnOverrunFinanceApprovedRejectsTheBudget() {
    Project project = overrunningProject();
    ProcessInstance instance = start(project);
    assertThat(instance).isWaitingAt("finance-approval");
    identity.setAuthentication(FINANCE, List.of(PmoGroups.FINANCE));
    tasks.complete(task().getId(), Map.of(FINANCE_DECISION, "APPROVE"));
    identity.clearAuthentication();

    identity.setAuthentication(BOARD, List.of(PmoGroups.GATE_BOARD));
    tasks.complete(task().getId(), Map.of(BOARD_BUDGET_DECISION, "REJECT"));
    identity.clearAuthentication();

    assertThat(instance).hasPassedInOrder("finance-approval", "board-budget-approval").isEnded();
    assertThat(outcomeOf(instance)).isEqualTo(REJECTED);
  }

  @Test
  void financeRejectingAnOverrunEndsWithoutTheBoard() {
    Project project = overrunningProject();
    ProcessInstance instance = start(project);
    assertThat(instance).isWaitingAt("finance-approval");
    identity.setAuthentication(FINANCE, List.of(PmoGroups.FINANCE));
    tasks.complete(task().getId(), Map.of(FINANCE_DECISION, "REJECT"));
    identity.clearAuthentication();

    assertThat(instance).hasNotPassed("board-budget-approval").isEnded();
    assertThat(outcomeOf(instance)).isEqualTo(REJECTED);
  }

  /**
   * Budget 100,000; half the work done (EV 50,000) for 70,000 spent: CPI 0.714, EAC 140,000,
   * 40 % over the budget.
   */
  private Project overrunningProject() {
    Project project = TestProjects.create(jdbc, projects, PM, "Sam Sponsor");
    LocalDate start = project.getPlannedStart();
    plans.save(project.getKey(), Plan.of(start,
            List.of(Activity.of("build", "Build", 10).inProgress(start, 50, 5)), List.of())
        .withStatusDate(start.plusDays(10)), PM, "Half built");
    BudgetLine line = registers.addLine(project.getKey(),
        new BudgetLineForm("WORK", "Work", new BigDecimal("100000"), null), PM);
    registers.addExpense(project.getKey(), new ExpenseForm(line.getId(), "Contractors",
        new BigDecimal("70000"), start.plusDays(3)), PM);
    return project;
  }

  private ProcessInstance start(Project project) {
    return runtime.startProcessInstanceByKey(PROCESS_ID, project.getKey(),
        Map.of(PROJECT_KEY, project.getKey()));
  }

  private Object outcomeOf(ProcessInstance instance) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(BUDGET_OUTCOME).singleResult().getValue();
  }

  private long warningsOf(Project project) {
    return jdbc.queryForObject("select count(*) from notification_outbox where dedup_key like ?",
        Long.class, project.getKey() + ":overrun-warning:%");
  }
}
