package org.pmoengine.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.records.Display;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value of a project from its plan and its bookings. Work is weighted by planned
 * duration: the planned share comes from the baseline (the latest version before one is
 * frozen), the earned share from each activity's percent complete in the latest version, and
 * the actual cost from the invoices and expenses up to the status date. Without a plan no work
 * is planned or earned yet.
 */
@Service
public class ProjectEarnedValue {

  private final ProjectRepository projects;
  private final PlanService plans;
  private final BudgetRegisters registers;
  private final Clock clock;

  public ProjectEarnedValue(ProjectRepository projects, PlanService plans,
      BudgetRegisters registers, Clock clock) {
    this.projects = projects;
    this.plans = plans;
    this.registers = registers;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public EarnedValue of(String projectKey) {
    Project project = projects.getByKey(projectKey);
    Optional<PlanView> latest = plans.latestIfAny(projectKey);
    LocalDate statusDate = latest.map(p -> p.plan().statusDate()).orElse(LocalDate.now(clock));
    double planned = 0;
    double earned = 0;
    if (latest.isPresent()) {
      PlanView reference = plans.latestBaseline(projectKey).orElse(latest.get());
      planned = plannedShare(reference.schedule(), statusDate);
      earned = earnedShare(latest.get());
    }
    return EarnedValue.of(project.getBudget(), planned, earned,
        registers.actualCost(projectKey, statusDate));
  }

  /** Share of the work (by planned duration) the schedule planned to be done by the date. */
  public static double plannedShare(Schedule schedule, LocalDate statusDate) {
    double total = 0;
    double due = 0;
    for (ScheduledActivity a : schedule.activities()) {
      int days = a.durationDays();
      total += days;
      if (days == 0 || statusDate.isBefore(a.startDate())) {
        continue;
      }
      if (statusDate.isAfter(a.finishDate())) {
        due += days;
      } else {
        double span = ChronoUnit.DAYS.between(a.startDate(), a.finishDate()) + 1;
        due += days * (ChronoUnit.DAYS.between(a.startDate(), statusDate) + 1) / span;
      }
    }
    return total == 0 ? 0 : Math.min(1, due / total);
  }

  /** Share of the work (by planned duration) done according to the plan's progress. */
  public static double earnedShare(PlanView plan) {
    Map<String, ScheduledActivity> scheduled = plan.schedule().byId();
    double total = 0;
    double done = 0;
    for (Activity a : plan.plan().activities()) {
      ScheduledActivity s = scheduled.get(a.id());
      int days = s == null ? a.durationDays() : s.durationDays();
      total += days;
      done += a.finished() ? days : days * Math.max(0, Math.min(100, a.percentComplete())) / 100;
    }
    return total == 0 ? 0 : Math.min(1, done / total);
  }

  /** One line for forms and mail: {@code PV 10,000.00 · EV ... · CPI 0.95 ...}. */
  public static String summary(EarnedValue ev) {
    return "BAC " + money(ev.budgetAtCompletion()) + " · PV " + money(ev.plannedValue())
        + " · EV " + money(ev.earnedValue()) + " · AC " + money(ev.actualCost()) + " · CV "
        + money(ev.costVariance()) + " · SV " + money(ev.scheduleVariance()) + " · CPI "
        + orDash(ev.costPerformanceIndex()) + " · SPI " + orDash(ev.schedulePerformanceIndex())
        + " · EAC " + money(ev.estimateAtCompletion()) + " · ETC "
        + money(ev.estimateToComplete()) + " · VAC " + money(ev.varianceAtCompletion())
        + " · TCPI " + orDash(ev.toCompletePerformanceIndex());
  }

  // amounts in the one format of forms and mails: 100,000 or 45,000.50
  private static String money(BigDecimal value) {
    return value == null ? "–" : Display.amount(value, null);
  }

  private static String orDash(BigDecimal value) {
    return value == null ? "–" : value.toPlainString();
  }
}
