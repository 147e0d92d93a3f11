package org.pmoengine.change;

import java.math.BigDecimal;

/** Facts of a change for the classification rules: a small re-estimate unless told otherwise. */
final class ChangeFactsBuilder {

  private int slipDays;
  private BigDecimal costChange = BigDecimal.ZERO;
  private double costChangePercent;
  private BigDecimal budgetAsked = BigDecimal.ZERO;
  private int added;
  private int removed;
  private int baselineMilestoneSlipDays = -1;
  private boolean raisedByManager;

  static ChangeFactsBuilder aChange() {
    return new ChangeFactsBuilder();
  }

  ChangeFactsBuilder slipping(int days) {
    slipDays = days;
    return this;
  }

  /** A cost change on a budget of 100,000. */
  ChangeFactsBuilder costing(int amount) {
    costChange = BigDecimal.valueOf(amount);
    costChangePercent = amount / 1000.0;
    return this;
  }

  ChangeFactsBuilder askingBudget(int amount) {
    budgetAsked = BigDecimal.valueOf(amount);
    return this;
  }

  ChangeFactsBuilder adding(int activities) {
    added = activities;
    return this;
  }

  ChangeFactsBuilder removing(int activities) {
    removed = activities;
    return this;
  }

  ChangeFactsBuilder movingABaselineMilestone(int daysPastBaseline) {
    baselineMilestoneSlipDays = daysPastBaseline;
    return this;
  }

  ChangeFactsBuilder raisedByTheManager() {
    raisedByManager = true;
    return this;
  }

  ChangeFacts build() {
    boolean moved = baselineMilestoneSlipDays >= 0;
    return new ChangeFacts(slipDays, costChange, costChangePercent, budgetAsked, added, removed,
        moved, moved ? baselineMilestoneSlipDays : 0, raisedByManager);
  }
}
