package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.intake.Decision;
import org.pmoengine.intake.ReviewDecision;
import org.pmoengine.intake.ReviewDecisionRepository;
import org.pmoengine.intake.ReviewStage;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.plans.PlanService;
import org.pmoengine.postmortem.PostMortemMetrics.GateTime;
import org.pmoengine.postmortem.PostMortemMetrics.KindAccuracy;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The metrics of a post-mortem on a hand-checked project: a lifecycle walked on a set engine
 * clock (G1 recycled once), two baselines, a late finish with actuals, overspent bookings and
 * two requests for more information at intake.
 */
@SpringBootTest
class PostMortemMetricsTests {

  static final String PM = "pmm-pm";
  static final String SPONSOR = "pmm-sponsor";
  static final String BOARD = "pmm-board";
  static final Instant T0 = Instant.parse("2098-02-02T09:00:00Z");
  /** Monday; working days (Mon-Fri) are counted from here. */
  static final LocalDate START = LocalDate.of(2098, 3, 3);
  /**
   * A category of this test's own: the estimation history it writes would otherwise teach the
   * intake rules a lesson that other tests' requests do not expect.
   */
  static final String CATEGORY = "pmm-test";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired PlanService plans;
  @Autowired BudgetRegisters budget;
  @Autowired ReviewDecisionRepository reviews;
  @Autowired PostMortems postMortems;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, SPONSOR, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, BOARD, PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
  }

  @AfterEach
  void resetClockAndHistory() {
    ClockUtil.reset();
    identity.clearAuthentication();
    jdbc.update("delete from estimation_history where category = ?", CATEGORY);
  }

  @Test
  void metricsOfAClosedProjectFromItsPlansBookingsAndHistory() {
    Project project = TestProjects.create(jdbc, projects, PM, SPONSOR, START,
        START.plusMonths(3));
    jdbc.update("update project set category = ? where project_key = ?", CATEGORY,
        project.getKey());
    walkTheLifecycleWithOneRecycle(project);
    ProcessInstance postMortem = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PostMortemVariables.PROCESS_ID)
        .processInstanceBusinessKey(project.getKey()).singleResult();
    assertThat(postMortem).isWaitingAt("compute-metrics");
    planTwoBaselinesAndFinishLate(project.getKey());
    bookCosts(project.getKey(), "70000", "42000");
    change(project, 1, "APPLIED", "MAJOR", 3, "4000");
    change(project, 2, "APPLIED", "MINOR", 1, "500");
    change(project, 3, "REJECTED", "CRITICAL", 10, "50000");
    change(project, 4, "WITHDRAWN", null, null, null);
    for (int i = 0; i < 2; i++) {
      reviews.save(new ReviewDecision(project.getRequestKey(), ReviewStage.PMO_TRIAGE,
          Decision.MORE_INFO, "Which teams?", "pmm-pmo", Instant.now()));
    }

    execute(management.createJobQuery().processInstanceId(postMortem.getId())
        .activityId("compute-metrics").singleResult());
    PostMortemMetrics metrics = postMortems.metricsOf(project.getKey());

    // baselines finish on working days 34 and 39; the work finished on working day 42
    assertThat(metrics.schedule()).satisfies(s -> {
      assertThat(s.firstBaselineFinish()).isEqualTo(LocalDate.of(2098, 4, 18));
      assertThat(s.lastBaselineFinish()).isEqualTo(LocalDate.of(2098, 4, 25));
      assertThat(s.finish()).isEqualTo(LocalDate.of(2098, 4, 30));
      assertThat(s.daysAgainstFirst()).isEqualTo(8);
      assertThat(s.daysAgainstLast()).isEqualTo(3);
      assertThat(s.baselines()).isEqualTo(2);
    });
    // design 10 -> 12, build 20 -> 26, test 5 -> 5; the reports, added later, have no first
    // estimate
    assertThat(metrics.estimation())
        .extracting(KindAccuracy::kind, KindAccuracy::activities, KindAccuracy::plannedDays,
            KindAccuracy::actualDays, KindAccuracy::ratio)
        .containsExactly(tuple("design", 1, 10, 12, new BigDecimal("1.20")),
            tuple("build", 1, 20, 26, new BigDecimal("1.30")),
            tuple("test", 1, 5, 5, new BigDecimal("1.00")));
    // 112 000 spent of 100 000, all work earned: CPI 100 000 / 112 000
    assertThat(metrics.cost()).satisfies(c -> {
      assertThat(c.budget()).isEqualByComparingTo("100000");
      assertThat(c.actualCost()).isEqualByComparingTo("112000");
      assertThat(c.variance()).isEqualByComparingTo("-12000");
      assertThat(c.variancePercent()).isEqualByComparingTo("-12.0");
      assertThat(c.costPerformanceIndex()).isEqualByComparingTo("0.893");
    });
    // G1: work days 0-2 and 3-5, reviews 2-3 and 5-6; G2 6-16-18; G3 18-38-39; G4 39-44-45
    assertThat(metrics.gates())
        .extracting(GateTime::gate, GateTime::rounds, GateTime::stageWorkDays,
            GateTime::reviewDays, GateTime::totalDays)
        .containsExactly(
            tuple("G1", 2, days(4), days(2), days(6)),
            tuple("G2", 1, days(10), days(2), days(12)),
            tuple("G3", 1, days(20), days(1), days(21)),
            tuple("G4", 1, days(5), days(1), days(6)));
    // four changes, two applied: 3 + 1 working days, 4 000 + 500
    assertThat(metrics.changes()).satisfies(c -> {
      assertThat(c.count()).isEqualTo(4);
      assertThat(c.byStatus()).containsExactly(Map.entry("APPLIED", 2),
          Map.entry("REJECTED", 1), Map.entry("WITHDRAWN", 1));
      assertThat(c.byClass()).containsExactly(Map.entry("CRITICAL", 1), Map.entry("MAJOR", 1),
          Map.entry("MINOR", 1));
      assertThat(c.appliedSlipDays()).isEqualTo(4);
      assertThat(c.appliedCostChange()).isEqualByComparingTo("4500");
    });
    assertThat(metrics.rework().recycles()).isEqualTo(1);
    assertThat(metrics.rework().moreInformationLoops()).isEqualTo(2);

    // the estimation goes to the history of the project's category, once however often it runs
    postMortems.computeMetrics(project.getKey());
    assertThat(jdbc.queryForList("select category, kind, planned_days, actual_days"
            + " from estimation_history where project_key = ? order by kind", project.getKey()))
        .extracting(r -> r.get("category"), r -> r.get("kind"), r -> r.get("planned_days"),
            r -> r.get("actual_days"))
        .containsExactly(tuple(CATEGORY, "build", 20, 26), tuple(CATEGORY, "design", 10, 12),
            tuple(CATEGORY, "test", 5, 5));
  }

  private static BigDecimal days(int days) {
    return new BigDecimal(days + ".00");
  }

  /** G1 is recycled once; every other gate passes. Day numbers are days after T0. */
  private void walkTheLifecycleWithOneRecycle(Project project) {
    at(0);
    ProcessInstance lifecycle = runtime.startProcessInstanceByKey(PROCESS_ID, project.getKey(),
        Map.of(PROJECT_KEY, project.getKey()));
    submitStage(lifecycle, 2, "business-case, sponsor-sign-off");
    decide(lifecycle, 3, "RECYCLE", "The business case needs the second supplier's quote.");
    submitStage(lifecycle, 5, "business-case, sponsor-sign-off");
    decide(lifecycle, 6, "GO", null);
    submitStage(lifecycle, 16, "plan-baseline, budget, risk-register");
    decide(lifecycle, 18, "GO", null);
    submitStage(lifecycle, 38, "test-report, go-live-plan, training");
    decide(lifecycle, 39, "GO", null);
    submitStage(lifecycle, 44, "acceptance, lessons-learned, handover");
    decide(lifecycle, 45, "GO", null);
    assertThat(lifecycle).hasPassed("start-post-mortem").isEnded();
    ClockUtil.reset();
  }

  private void planTwoBaselinesAndFinishLate(String key) {
    List<Dependency> chain = List.of(Dependency.fs("design", "build"),
        Dependency.fs("build", "test"));
    plans.save(key, Plan.of(START, List.of(Activity.of("design", "Design screens", 10),
        Activity.of("build", "Build API", 20), Activity.of("test", "Test end to end", 5)),
        chain), PM, "First plan");
    plans.freezeBaseline(key, PM, "G2");
    plans.save(key, Plan.of(START, List.of(Activity.of("design", "Design screens", 10),
        Activity.of("build", "Build API", 25), Activity.of("test", "Test end to end", 5)),
        chain), PM, "Build re-estimated");
    plans.freezeBaseline(key, PM, "Re-baseline after a change");
    plans.save(key, Plan.of(START, List.of(
            Activity.of("design", "Design screens", 10).completed(day(0), day(11)),
            Activity.of("build", "Build API", 25).completed(day(12), day(37)),
            Activity.of("test", "Test end to end", 5).completed(day(38), day(42)),
            Activity.of("reports", "Build reports", 5).completed(day(38), day(42))),
        List.of(Dependency.fs("design", "build"), Dependency.fs("build", "test"),
            Dependency.fs("build", "reports"))).withStatusDate(day(43)), PM, "Finished");
  }

  private void change(Project project, int n, String status, String changeClass, Integer slip,
      String cost) {
    jdbc.update("""
        insert into change_request (change_key, project_key, requested_by, requested_at,
          justification, changes_json, status, change_class, slip_days, cost_change)
        values (?, ?, ?, ?, 'Because', '[]', ?, ?, ?, ?)""",
        "CHG-" + project.getKey().substring(4) + "-" + n, project.getKey(), PM,
        java.sql.Timestamp.from(T0.plus(Duration.ofDays(20 + n))), status, changeClass, slip,
        cost == null ? null : new BigDecimal(cost));
  }

  private void bookCosts(String key, String... amounts) {
    long line = budget.addLine(key, new BudgetLineForm("DEV", "Development",
        new BigDecimal("100000"), "EUR"), PM).getId();
    for (String amount : amounts) {
      budget.addExpense(key, new ExpenseForm(line, "Contractors", new BigDecimal(amount),
          day(20)), PM);
    }
  }

  /** Working day {@code offset} of the plan (Monday to Friday from START). */
  private static LocalDate day(int offset) {
    return org.pmoengine.scheduling.WorkCalendar.mondayToFriday().dateAt(START, offset);
  }

  private static void at(int day) {
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofDays(day))));
  }

  private void submitStage(ProcessInstance lifecycle, int day, String deliverables) {
    at(day);
    identity.setAuthentication(PM, List.of(PmoGroups.REQUESTER));
    tasks.complete(tasks.createTaskQuery().processInstanceId(lifecycle.getId())
        .taskDefinitionKey("stage-work").singleResult().getId(),
        Map.of(DELIVERABLES, deliverables));
    identity.clearAuthentication();
    execute(management.createJobQuery().processInstanceId(lifecycle.getId())
        .activityId("recompute-plan").singleResult());
  }

  private void decide(ProcessInstance lifecycle, int day, String decision, String reason) {
    at(day);
    identity.setAuthentication(BOARD, List.of(PmoGroups.GATE_BOARD));
    Map<String, Object> variables = new HashMap<>();
    variables.put(GATE_DECISION, decision);
    variables.put(OVERRIDE_REASON, reason);
    tasks.complete(tasks.createTaskQuery().processInstanceId(lifecycle.getId())
        .taskDefinitionKey("gate-review").singleResult().getId(), variables);
    identity.clearAuthentication();
  }
}
