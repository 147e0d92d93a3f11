package org.pmoengine.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test data: {@code aRequest().withBudget(300_000).withEffort(45).build()}. */
public final class ScoringInputBuilder {

  private String category = "strategic";
  private boolean mandatory;
  private BigDecimal budget = new BigDecimal("100000");
  private int effort = 40;
  private int strategicAlignment = 3;
  private int businessValue = 3;
  private int timeCriticality = 3;
  private int riskReductionOpportunity = 3;
  private int deliveryRisk = 3;

  public static ScoringInputBuilder aRequest() {
    return new ScoringInputBuilder();
  }

  public ScoringInputBuilder withCategory(String category) {
    this.category = category;
    return this;
  }

  public ScoringInputBuilder mandatory() {
    this.mandatory = true;
    return this;
  }

  public ScoringInputBuilder withBudget(String budget) {
    this.budget = new BigDecimal(budget);
    return this;
  }

  public ScoringInputBuilder withBudget(long budget) {
    this.budget = BigDecimal.valueOf(budget);
    return this;
  }

  public ScoringInputBuilder withEffort(int personDays) {
    this.effort = personDays;
    return this;
  }

  /** Strategic alignment, business value, time criticality, risk reduction, delivery risk. */
  public ScoringInputBuilder withRatings(int strategic, int value, int time, int risk, int delivery) {
    this.strategicAlignment = strategic;
    this.businessValue = value;
    this.timeCriticality = time;
    this.riskReductionOpportunity = risk;
    this.deliveryRisk = delivery;
    return this;
  }

  public ScoringInput build() {
    return new ScoringInput(category, mandatory, budget, effort, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 12, 31), strategicAlignment, businessValue, timeCriticality,
        riskReductionOpportunity, deliveryRisk);
  }
}
