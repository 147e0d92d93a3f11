package org.pmoengine.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Test data: a valid, small operational request unless told otherwise. */
final class RequestFormBuilder {

  private String title = "Replace the expense tool";
  private String category = "operational";
  private boolean mandatory;
  private BigDecimal budget = new BigDecimal("80000");
  private int effort = 60;
  private LocalDate start = LocalDate.of(2027, 2, 1);
  private LocalDate end = LocalDate.of(2027, 6, 30);
  private int strategicAlignment = 4;
  private int businessValue = 4;
  private int timeCriticality = 3;
  private int riskReduction = 3;
  private int deliveryRisk = 2;

  static RequestFormBuilder aRequest() {
    return new RequestFormBuilder();
  }

  RequestFormBuilder withTitle(String title) {
    this.title = title;
    return this;
  }

  RequestFormBuilder withBudget(long budget) {
    this.budget = BigDecimal.valueOf(budget);
    return this;
  }

  RequestFormBuilder withEffort(int personDays) {
    this.effort = personDays;
    return this;
  }

  RequestFormBuilder withCategory(String category) {
    this.category = category;
    return this;
  }

  /** Strategic alignment, business value, time criticality, risk reduction, delivery risk. */
  RequestFormBuilder withRatings(int strategic, int value, int time, int risk, int delivery) {
    this.strategicAlignment = strategic;
    this.businessValue = value;
    this.timeCriticality = time;
    this.riskReduction = risk;
    this.deliveryRisk = delivery;
    return this;
  }

  RequestFormBuilder regulatory() {
    this.category = "regulatory";
    return this;
  }

  RequestFormBuilder mandatory() {
    this.mandatory = true;
    return this;
  }

  RequestFormBuilder withDates(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
    return this;
  }

  RequestForm build() {
    return new RequestForm(title, "Move expense claims to a supported tool.",
        "The current tool is out of support; audit findings and 2 FTE of manual checks.",
        "Sam Sponsor", "Finance", category, mandatory, budget, effort, start, end,
        strategicAlignment, businessValue, timeCriticality, riskReduction, deliveryRisk);
  }
}
