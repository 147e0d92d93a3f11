package org.pmoengine.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.pmoengine.plans.PlanKind;
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

  /**
   * The S-curve from the first planned start to the later of the baseline and forecast
   * finishes, weekly (monthly for long projects). Earned value at a date is that of the latest
   * plan version reported by then, as the status reports recorded it.
   */
  @Transactional(readOnly = true)
  public EarnedValueCurve curve(String projectKey) {
    Project project = projects.getByKey(projectKey);
    BigDecimal budget = project.getBudget() == null ? BigDecimal.ZERO : project.getBudget();
    Optional<PlanView> latest = plans.latestIfAny(projectKey);
    LocalDate statusDate = latest.map(p -> p.plan().statusDate()).orElse(LocalDate.now(clock));
    if (latest.isEmpty() || latest.get().schedule().activities().isEmpty()) {
      return EarnedValueCurve.empty(budget, statusDate);
    }
    PlanView reference = plans.latestBaseline(projectKey).orElse(latest.get());
    LocalDate start = firstStart(reference.schedule(), latest.get().schedule());
    LocalDate finish = laterOf(reference.finishDate(), latest.get().finishDate());
    if (finish == null || finish.isBefore(start)) {
      finish = start;
    }
    List<LocalDate> dates = pointsBetween(start, finish, statusDate);
    List<PlanView> reported = plans.history(projectKey).stream()
        .filter(v -> v.kind() == PlanKind.CURRENT
            && v.plan().statusDate() != null)
        .toList();
    ProjectBookings bookings = registers.bookingsOf(projectKey);
    List<BigDecimal> planned = new ArrayList<>();
    List<BigDecimal> earned = new ArrayList<>();
    List<BigDecimal> actual = new ArrayList<>();
    for (LocalDate date : dates) {
      planned.add(share(budget, plannedShare(reference.schedule(), date)));
      if (date.isAfter(statusDate)) {
        earned.add(null);
        actual.add(null);
        continue;
      }
      double done = 0;
      for (PlanView version : reported) {
        if (!version.plan().statusDate().isAfter(date)) {
          done = earnedShare(version);
        }
      }
      earned.add(share(budget, done));
      actual.add(bookings.actualCost(date).setScale(2, RoundingMode.HALF_UP));
    }
    return new EarnedValueCurve(dates, planned, earned, actual, budget, statusDate);
  }

  private static BigDecimal share(BigDecimal budget, double fraction) {
    return budget.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_UP);
  }

  private static LocalDate firstStart(Schedule... schedules) {
    LocalDate first = null;
    for (Schedule schedule : schedules) {
      for (ScheduledActivity a : schedule.activities()) {
        if (first == null || a.startDate().isBefore(first)) {
          first = a.startDate();
        }
      }
    }
    return first;
  }

  private static LocalDate laterOf(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  /** Weekly points, monthly beyond a year, with the status date among them when it falls inside. */
  static List<LocalDate> pointsBetween(LocalDate start, LocalDate finish, LocalDate statusDate) {
    boolean monthly = ChronoUnit.DAYS.between(start, finish) > 366;
    TreeSet<LocalDate> points = new TreeSet<>();
    for (LocalDate d = start; d.isBefore(finish); d = monthly ? d.plusMonths(1) : d.plusWeeks(1)) {
      points.add(d);
    }
    points.add(finish);
    if (statusDate != null && !statusDate.isBefore(start) && !statusDate.isAfter(finish)) {
      points.add(statusDate);
    }
    return List.copyOf(points);
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
