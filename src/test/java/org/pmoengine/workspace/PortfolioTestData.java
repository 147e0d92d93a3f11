package org.pmoengine.workspace;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetLine;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.lifecycle.ProjectLifecycle;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projects for the portfolio's tests: the request row they come from (with the scores the
 * bubble chart reads), then the lifecycle, plans and bookings through the application's services.
 * Keys use a year of their own and the next free number, so runs against a kept database and
 * other tests' projects never collide.
 */
public final class PortfolioTestData {

  private final JdbcTemplate jdbc;
  private final ProjectRepository projects;
  private final ProjectLifecycle lifecycle;
  private final PlanService plans;
  private final BudgetRegisters registers;
  private final String year;

  public PortfolioTestData(String year, JdbcTemplate jdbc, ProjectRepository projects,
      ProjectLifecycle lifecycle, PlanService plans, BudgetRegisters registers) {
    this.year = year;
    this.jdbc = jdbc;
    this.projects = projects;
    this.lifecycle = lifecycle;
    this.plans = plans;
    this.registers = registers;
  }

  /** An approved request and its project, not started yet. */
  public synchronized Project project(String name, String manager, String sponsor,
      String department, String category, String budget, int businessValue, int alignment,
      int deliveryRisk) {
    String number = "%04d".formatted(requests() + 1);
    String requestKey = "REQ-" + year + "-" + number;
    request(requestKey, name, manager, sponsor, department, category, budget, businessValue,
        alignment, deliveryRisk, "APPROVED", null);
    return projects.save(new Project("PRJ-" + year + "-" + number, requestKey, name, sponsor,
        department, category, new BigDecimal(budget), LocalDate.now().minusMonths(3),
        LocalDate.now().plusMonths(9), manager, Instant.now()));
  }

  /** A request in review (not a project), on the given route. */
  public synchronized String openRequest(String submitter, String route) {
    String key = "REQ-" + year + "-" + "%04d".formatted(requests() + 1);
    request(key, "Open request", submitter, "sponsor", "Finance", "operational", "50000", 3, 3,
        3, "IN_REVIEW", route);
    return key;
  }

  private int requests() {
    return jdbc.queryForObject("select count(*) from project_request where request_key like ?",
        Integer.class, "REQ-" + year + "-%");
  }

  private void request(String key, String title, String submitter, String sponsor,
      String department, String category, String budget, int businessValue, int alignment,
      int deliveryRisk, String status, String route) {
    jdbc.update("""
        insert into project_request (request_key, title, summary, business_case, sponsor,
          department, category, mandatory, requested_budget, effort_person_days, desired_start,
          desired_end, strategic_alignment, business_value, time_criticality,
          risk_reduction_opportunity, delivery_risk, submitted_by, submitted_at, status, route)
        values (?, ?, 's', 'b', ?, ?, ?, false, ?, 50, ?, ?, ?, ?, 3, 3, ?, ?, ?, ?, ?)""",
        key, title, sponsor, department, category, new BigDecimal(budget),
        LocalDate.now(), LocalDate.now().plusYears(1), alignment, businessValue, deliveryRisk,
        submitter, Timestamp.from(Instant.now()), status, route);
  }

  /** Begins the lifecycle and passes the gates up to the stage. */
  public void inStage(String projectKey, Stage stage) {
    lifecycle.begin(projectKey);
    for (Gate gate : Gate.values()) {
      if (gate.stageBefore() == stage) {
        return;
      }
      lifecycle.advance(projectKey, gate);
    }
  }

  public void rated(String projectKey, Rag rag) {
    Project project = projects.getByKey(projectKey);
    project.rated(rag);
    projects.save(project);
  }

  /**
   * Two activities of ten working days, one after the other, from the Monday {@code start}:
   * frozen as the baseline, then reported with the first one done and the status date given.
   */
  public void twoStepPlan(String projectKey, LocalDate start, LocalDate statusDate,
      LocalDate firstDoneOn) {
    Plan plan = Plan.of(start, List.of(Activity.of("A", "Design", 10), Activity.of("B", "Build", 10)),
        List.of(Dependency.fs("A", "B")));
    plans.save(projectKey, plan, "pf-test", "First plan");
    plans.freezeBaseline(projectKey, "pf-test", "Baseline");
    Plan progressed = plan.withStatusDate(statusDate).withActivities(List.of(
        Activity.of("A", "Design", 10).completed(start, firstDoneOn),
        Activity.of("B", "Build", 10)));
    plans.save(projectKey, progressed, "pf-test", "Progress");
  }

  /** An expense of the amount on the project's one budget line (made on first use). */
  public void expense(String projectKey, String amount, LocalDate date) {
    BudgetLine line = registers.lines(projectKey).stream().findFirst().orElseGet(() ->
        registers.addLine(projectKey,
            new BudgetLineForm("ALL", "Everything", new BigDecimal("10000000"), null), "pf-test"));
    registers.addExpense(projectKey,
        new ExpenseForm(line.getId(), "Work", new BigDecimal(amount), date), "pf-test");
  }
}
