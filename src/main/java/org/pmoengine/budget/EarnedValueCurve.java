package org.pmoengine.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's earned value over time, the S-curve: planned value from the baseline at each date,
 * earned value and actual cost up to the status date (null after it, where nothing is known).
 *
 * @param dates the dates of the points, ascending
 * @param statusDate the date the latest figures are as of
 */
public record EarnedValueCurve(List<LocalDate> dates, List<BigDecimal> planned,
    List<BigDecimal> earned, List<BigDecimal> actual, BigDecimal budgetAtCompletion,
    LocalDate statusDate) {

  public static EarnedValueCurve empty(BigDecimal budget, LocalDate statusDate) {
    return new EarnedValueCurve(List.of(), List.of(), List.of(), List.of(), budget, statusDate);
  }

  public boolean isEmpty() {
    return dates.isEmpty();
  }
}
