package org.pmoengine.change;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.LevelingOptions;
import org.pmoengine.scheduling.LevelingResult;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.ResourceLeveler;
import org.pmoengine.scheduling.Schedule;

/**
 * A what-if re-plan: the changes applied to a copy of the plan, both scheduled the same way
 * (levelled when activities demand resources, critical path otherwise), and the differences
 * reported. Nothing is stored. Levelling uses a schedule budget and a fixed seed, not a time
 * limit, so the same plan and change always give the same impact.
 */
public final class ImpactAnalysis {

  private static final LevelingOptions REPEATABLE = new LevelingOptions(1_000, 60_000, 1);

  private ImpactAnalysis() {}

  public static ChangeImpact analyse(Plan current, List<PlanChange> changes) {
    Plan changed = current;
    for (PlanChange change : changes) {
      changed = change.applyTo(changed);
    }
    Outcome before = schedule(current);
    Outcome after = schedule(changed);
    return new ChangeImpact(before.schedule().finishDate(), after.schedule().finishDate(),
        after.schedule().finishOffset() - before.schedule().finishOffset(),
        minus(after.schedule().criticalActivityIds(), before.schedule().criticalActivityIds()),
        minus(before.schedule().criticalActivityIds(), after.schedule().criticalActivityIds()),
        minus(after.overallocated(), before.overallocated()));
  }

  private record Outcome(Schedule schedule, List<String> overallocated) {}

  private static Outcome schedule(Plan plan) {
    boolean demands = plan.activities().stream().anyMatch(a -> !a.demands().isEmpty());
    if (!demands) {
      return new Outcome(CriticalPathMethod.schedule(plan), List.of());
    }
    LevelingResult levelled = ResourceLeveler.level(plan, REPEATABLE);
    return new Outcome(levelled.schedule(), levelled.overAllocations().stream()
        .map(LevelingResult.OverAllocation::resourceId).distinct().toList());
  }

  private static List<String> minus(List<String> these, List<String> those) {
    Set<String> result = new TreeSet<>(these);
    result.removeAll(those);
    return List.copyOf(result);
  }
}
