package org.pmoengine.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.LevelingOptions;
import org.pmoengine.scheduling.LevelingResult;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.ResourceLeveler;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;

/**
 * A what-if re-plan: the changes applied to a copy of the plan, both scheduled the same way
 * (levelled when activities demand resources, critical path otherwise), and the differences
 * reported. Nothing is stored. Levelling uses a schedule budget and a fixed seed, not a time
 * limit, so the same plan and change always give the same impact.
 */
public final class ImpactAnalysis {

  private static final LevelingOptions REPEATABLE = new LevelingOptions(1_000, 60_000, 1);

  /**
   * The money a change is weighed against.
   *
   * @param budget the project's budget (BAC)
   * @param estimateAtCompletion the EAC today
   * @param budgetAsked extra budget the change asks for, 0 when none
   */
  public record CostBasis(BigDecimal budget, BigDecimal estimateAtCompletion,
      BigDecimal budgetAsked) {}

  private ImpactAnalysis() {}

  /** The schedule impact alone: no baseline to compare with and no money. */
  public static ChangeImpact analyse(Plan current, List<PlanChange> changes) {
    return analyse(current, changes, null, null);
  }

  /**
   * The full impact. {@code baseline} (the latest baseline's schedule) and {@code costs} may be
   * null.
   */
  public static ChangeImpact analyse(Plan current, List<PlanChange> changes, Schedule baseline,
      CostBasis costs) {
    Plan changed = apply(current, changes);
    Outcome before = outcome(current);
    Outcome after = outcome(changed);
    List<String> idsBefore = current.activities().stream().map(Activity::id).toList();
    List<String> idsAfter = changed.activities().stream().map(Activity::id).toList();
    return new ChangeImpact(before.schedule().finishDate(), after.schedule().finishDate(),
        after.schedule().finishOffset() - before.schedule().finishOffset(),
        minus(after.schedule().criticalActivityIds(), before.schedule().criticalActivityIds()),
        minus(before.schedule().criticalActivityIds(), after.schedule().criticalActivityIds()),
        minus(after.overallocated(), before.overallocated()),
        minus(idsAfter, idsBefore), minus(idsBefore, idsAfter),
        costs == null ? ChangeImpact.Cost.none() : cost(current, changed, costs),
        baseline == null ? List.of()
            : movedMilestones(changed, baseline, before.schedule(), after.schedule()));
  }

  /** The plan with every change applied, in order; the given plan is not touched. */
  public static Plan apply(Plan plan, List<PlanChange> changes) {
    Plan changed = plan;
    for (PlanChange change : changes) {
      changed = change.applyTo(changed);
    }
    return changed;
  }

  /** The schedule the analysis compares, for a chart of the plan before or after. */
  public static Schedule schedule(Plan plan) {
    return outcome(plan).schedule();
  }

  private record Outcome(Schedule schedule, List<String> overallocated) {}

  private static Outcome outcome(Plan plan) {
    boolean demands = plan.activities().stream().anyMatch(a -> !a.demands().isEmpty());
    if (!demands) {
      return new Outcome(CriticalPathMethod.schedule(plan), List.of());
    }
    LevelingResult levelled = ResourceLeveler.level(plan, REPEATABLE);
    return new Outcome(levelled.schedule(), levelled.overAllocations().stream()
        .map(LevelingResult.OverAllocation::resourceId).distinct().toList());
  }

  private static ChangeImpact.Cost cost(Plan before, Plan after, CostBasis costs) {
    BigDecimal asked = costs.budgetAsked() == null ? BigDecimal.ZERO : costs.budgetAsked();
    BigDecimal budget = costs.budget() == null ? BigDecimal.ZERO : costs.budget();
    BigDecimal eac = costs.estimateAtCompletion() == null ? budget : costs.estimateAtCompletion();
    long workBefore = workDays(before);
    long workAfter = workDays(after);
    BigDecimal workCost = BigDecimal.ZERO;
    BigDecimal eacAfter = eac;
    if (workBefore > 0) {
      BigDecimal delta = BigDecimal.valueOf(workAfter - workBefore);
      BigDecimal total = BigDecimal.valueOf(workBefore);
      workCost = budget.multiply(delta).divide(total, 2, RoundingMode.HALF_UP);
      eacAfter = eac.multiply(BigDecimal.valueOf(workAfter)).divide(total, 2, RoundingMode.HALF_UP);
    }
    return new ChangeImpact.Cost(money(budget), money(budget.add(asked)),
        money(workCost.add(asked)), money(eac), money(eacAfter.add(asked)));
  }

  /** Planned working days over all activities: what the budget is spread over. */
  private static long workDays(Plan plan) {
    return plan.activities().stream().mapToLong(Activity::durationDays).sum();
  }

  private static List<ChangeImpact.MovedMilestone> movedMilestones(Plan changed,
      Schedule baseline, Schedule before, Schedule after) {
    Map<String, ScheduledActivity> beforeById = before.byId();
    Map<String, ScheduledActivity> afterById = after.byId();
    List<ChangeImpact.MovedMilestone> moved = new ArrayList<>();
    for (ScheduledActivity planned : baseline.activities()) {
      ScheduledActivity was = beforeById.get(planned.id());
      ScheduledActivity will = afterById.get(planned.id());
      if (planned.durationDays() != 0 || was == null || will == null) {
        continue;
      }
      if (will.startDate().isAfter(was.startDate())
          && will.startDate().isAfter(planned.startDate())) {
        int past = changed.calendar().offsetOf(changed.projectStart(), will.startDate())
            - changed.calendar().offsetOf(changed.projectStart(), planned.startDate());
        moved.add(new ChangeImpact.MovedMilestone(planned.id(), planned.startDate(),
            was.startDate(), will.startDate(), past));
      }
    }
    return List.copyOf(moved);
  }

  private static BigDecimal money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static List<String> minus(List<String> these, List<String> those) {
    Set<String> result = new TreeSet<>(these);
    result.removeAll(those);
    return List.copyOf(result);
  }
}
