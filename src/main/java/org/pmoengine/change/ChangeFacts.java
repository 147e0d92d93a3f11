package org.pmoengine.change;

import java.math.BigDecimal;

/**
 * What the classification rules know about a change: its simulated impact in a few numbers, and
 * whether the project manager raised it (then someone else must approve even a minor one).
 *
 * @param slipDays working days the forecast finish moves later (negative: earlier)
 * @param costChange cost of the changed work plus the budget asked
 * @param costChangePercent the cost change as a share of the budget, in percent
 * @param budgetAsked extra budget the change asks for
 * @param addedActivities activities the change adds
 * @param removedActivities activities the change removes
 * @param baselineMilestoneSlipDays working days the most-moved baseline milestone falls past its
 *     baseline date after the change; 0 when the change moves none
 * @param raisedByManager the project manager raised the change
 */
public record ChangeFacts(
    int slipDays,
    BigDecimal costChange,
    double costChangePercent,
    BigDecimal budgetAsked,
    int addedActivities,
    int removedActivities,
    boolean baselineMilestoneMoved,
    int baselineMilestoneSlipDays,
    boolean raisedByManager) {

  public static ChangeFacts of(ChangeImpact impact, BigDecimal budgetAsked,
      boolean raisedByManager) {
    return new ChangeFacts(impact.slipWorkingDays(), impact.cost().costChange(),
        Math.round(impact.cost().costChangePercent() * 100) / 100.0,
        budgetAsked == null ? BigDecimal.ZERO : budgetAsked, impact.addedActivities().size(),
        impact.removedActivities().size(), impact.movesBaselineMilestone(),
        impact.baselineMilestoneSlipDays(), raisedByManager);
  }
}
