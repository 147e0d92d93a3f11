package org.pmoengine.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project request as the requester typed it, from the start form or {@code POST
 * /api/requests}. Every field may be missing or wrong here; {@link RequestValidator} says which.
 */
public record RequestForm(
    String title,
    String summary,
    String businessCase,
    String sponsor,
    String department,
    String category,
    Boolean mandatory,
    BigDecimal requestedBudget,
    Integer effortPersonDays,
    LocalDate desiredStart,
    LocalDate desiredEnd,
    Integer strategicAlignment,
    Integer businessValue,
    Integer timeCriticality,
    Integer riskReductionOpportunity,
    Integer deliveryRisk) {

  public boolean isMandatory() {
    return Boolean.TRUE.equals(mandatory);
  }
}
