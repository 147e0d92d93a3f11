package org.pmoengine.gate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pmoengine.budget.BudgetOutcome;
import org.pmoengine.project.Gate;

/**
 * What the gate criteria see of a project at a gate.
 *
 * @param gate the gate being passed
 * @param tickedDeliverables ids of the deliverables the project manager ticked as done, such as
 *     {@code business-case}, kept in name order; the rules decide which ones each gate requires
 * @param forecastSlipDays working days the forecast finish lies after the baseline finish
 *     (negative when ahead); null before G2, when there is no baseline yet
 * @param cpi cost performance index; null before any cost is booked
 * @param spi schedule performance index; null before any work is planned
 * @param openHighRisks risks rated high that are still open
 * @param overdueOpenIssues open issues and action items past their due date
 * @param budget the project budget
 * @param budgetOutcome where the latest budget validation stands (within tolerance, waiting for,
 *     approved or rejected by its approvers); null when the budget was never validated
 */
public record GateFacts(
    Gate gate,
    Set<String> tickedDeliverables,
    Integer forecastSlipDays,
    BigDecimal cpi,
    BigDecimal spi,
    int openHighRisks,
    int overdueOpenIssues,
    BigDecimal budget,
    BudgetOutcome budgetOutcome) {

  public GateFacts {
    Objects.requireNonNull(gate, "gate");
    tickedDeliverables = tickedDeliverables == null ? Set.of()
        : Collections.unmodifiableSortedSet(new TreeSet<>(tickedDeliverables));
    requireNotNegative("openHighRisks", openHighRisks);
    requireNotNegative("overdueOpenIssues", overdueOpenIssues);
    if (budget == null || budget.signum() < 0) {
      throw new IllegalArgumentException("budget must be given and not negative, was " + budget);
    }
    if ((cpi != null && cpi.signum() < 0) || (spi != null && spi.signum() < 0)) {
      throw new IllegalArgumentException("CPI and SPI must not be negative");
    }
  }

  private static void requireNotNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }
}
