package org.pmoengine.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Earned value figures of a project at a status date. Money is in the project currency; an index
 * is {@code null} when it is undefined (CPI before any cost, SPI before any planned work, TCPI
 * when the budget is spent).
 *
 * <p>EAC uses the typical formula {@code BAC / CPI}. Before any cost has been booked there is no
 * evidence of performance, so EAC is the budget itself.
 */
public record EarnedValue(
    BigDecimal budgetAtCompletion,
    BigDecimal plannedValue,
    BigDecimal earnedValue,
    BigDecimal actualCost,
    BigDecimal costVariance,
    BigDecimal scheduleVariance,
    BigDecimal costPerformanceIndex,
    BigDecimal schedulePerformanceIndex,
    BigDecimal estimateAtCompletion,
    BigDecimal estimateToComplete,
    BigDecimal varianceAtCompletion,
    BigDecimal toCompletePerformanceIndex) {

  private static final int MONEY = 2;
  private static final int INDEX = 3;

  /**
   * @param budgetAtCompletion BAC, the approved budget
   * @param plannedFraction share of the work the baseline planned to be done by the status date
   * @param earnedFraction share of the work actually done by the status date
   * @param actualCost AC, the cost booked by the status date
   */
  public static EarnedValue of(BigDecimal budgetAtCompletion, double plannedFraction,
      double earnedFraction, BigDecimal actualCost) {
    requireFraction("plannedFraction", plannedFraction);
    requireFraction("earnedFraction", earnedFraction);
    if (budgetAtCompletion.signum() < 0 || actualCost.signum() < 0) {
      throw new IllegalArgumentException("Budget and actual cost must not be negative");
    }
    BigDecimal bac = money(budgetAtCompletion);
    return ofAmounts(bac, bac.multiply(BigDecimal.valueOf(plannedFraction)),
        bac.multiply(BigDecimal.valueOf(earnedFraction)), actualCost);
  }

  /** The figures from the four amounts they derive from: BAC, PV, EV and AC. */
  public static EarnedValue ofAmounts(BigDecimal budgetAtCompletion, BigDecimal plannedValue,
      BigDecimal earnedValue, BigDecimal actualCost) {
    BigDecimal bac = money(budgetAtCompletion);
    BigDecimal pv = money(plannedValue);
    BigDecimal ev = money(earnedValue);
    BigDecimal ac = money(actualCost);
    BigDecimal cpi = ac.signum() == 0 ? null : ratio(ev, ac);
    BigDecimal spi = pv.signum() == 0 ? null : ratio(ev, pv);
    BigDecimal eac;
    if (ac.signum() == 0) {
      eac = bac;
    } else if (ev.signum() == 0) {
      eac = money(ac.add(bac));
    } else {
      eac = money(bac.multiply(ac).divide(ev, MONEY + 4, RoundingMode.HALF_UP));
    }
    BigDecimal etc = money(eac.subtract(ac).max(BigDecimal.ZERO));
    BigDecimal remainingBudget = bac.subtract(ac);
    BigDecimal tcpi = remainingBudget.signum() <= 0 ? null : ratio(bac.subtract(ev), remainingBudget);
    return new EarnedValue(bac, pv, ev, ac, money(ev.subtract(ac)), money(ev.subtract(pv)), cpi,
        spi, eac, etc, money(bac.subtract(eac)), tcpi);
  }

  /** True when the estimate at completion is above the budget by more than the given share. */
  public boolean overrunsBudgetBy(double share) {
    return estimateAtCompletion.compareTo(
        budgetAtCompletion.multiply(BigDecimal.valueOf(1 + share))) > 0;
  }

  private static BigDecimal money(BigDecimal value) {
    return value.setScale(MONEY, RoundingMode.HALF_UP);
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, INDEX, RoundingMode.HALF_UP);
  }

  private static void requireFraction(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }
}
