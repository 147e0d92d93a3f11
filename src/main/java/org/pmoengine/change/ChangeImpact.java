package org.pmoengine.change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a change would do to the plan, before anyone decides.
 *
 * @param slipWorkingDays how many working days later the forecast finish moves (negative: earlier)
 * @param newlyCritical activities on the critical path after the change that were not before
 * @param newlyOverallocated resources over-allocated after the change that were not before
 * @param addedActivities activities the change adds to the plan
 * @param removedActivities activities the change takes out of the plan
 * @param cost the cost change and its effect on the estimate at completion
 * @param movedBaselineMilestones milestones of the latest baseline the change moves later, past
 *     their baseline date; empty without a baseline
 */
public record ChangeImpact(
    LocalDate finishBefore,
    LocalDate finishAfter,
    int slipWorkingDays,
    List<String> newlyCritical,
    List<String> noLongerCritical,
    List<String> newlyOverallocated,
    List<String> addedActivities,
    List<String> removedActivities,
    Cost cost,
    List<MovedMilestone> movedBaselineMilestones) {

  /**
   * Money before and after the change. The cost of added or removed work is the project's budget
   * spread over its planned working days (the weighting earned value uses); the budget asked pays
   * for what the plan doesn't carry (purchases, licences). The EAC scales with the work, so the
   * cost performance so far carries over to the new work.
   *
   * @param costChange cost of the work the change adds (negative when it removes work) plus the
   *     budget asked
   */
  public record Cost(BigDecimal budgetBefore, BigDecimal budgetAfter, BigDecimal costChange,
      BigDecimal eacBefore, BigDecimal eacAfter) {

    /** No budget known: every figure zero. */
    public static Cost none() {
      return new Cost(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
          BigDecimal.ZERO);
    }

    /** The cost change as a share of the budget, in percent; 0 without a budget. */
    public double costChangePercent() {
      return budgetBefore.signum() == 0 ? 0
          : costChange.doubleValue() * 100 / budgetBefore.doubleValue();
    }
  }

  /**
   * A baseline milestone the change moves later.
   *
   * @param daysPastBaseline working days the milestone falls after its baseline date, after the
   *     change
   */
  public record MovedMilestone(String activityId, LocalDate baselineDate, LocalDate before,
      LocalDate after, int daysPastBaseline) {}

  public boolean movesBaselineMilestone() {
    return !movedBaselineMilestones.isEmpty();
  }

  /** The most working days any moved milestone falls past its baseline date; 0 when none. */
  public int baselineMilestoneSlipDays() {
    return movedBaselineMilestones.stream().mapToInt(MovedMilestone::daysPastBaseline).max()
        .orElse(0);
  }
}
