package org.pmoengine.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the intake rules see of a request. Ratings are 1 (low) to 5 (high); for {@code
 * deliveryRisk} 5 means very risky.
 */
public record ScoringInput(
    String category,
    boolean mandatory,
    BigDecimal requestedBudget,
    int effortPersonDays,
    LocalDate desiredStart,
    LocalDate desiredEnd,
    int strategicAlignment,
    int businessValue,
    int timeCriticality,
    int riskReductionOpportunity,
    int deliveryRisk) {}
