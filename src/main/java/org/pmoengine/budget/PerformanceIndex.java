package org.pmoengine.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A cost or schedule performance index as rules quote it in their sentences: up to three decimals
 * ({@code 0.85}, {@code 0.899}, {@code 0.9}), because one decimal would turn a CPI of 0.85 into
 * 0.9 and hide why a threshold of 0.9 was missed.
 */
public record PerformanceIndex(double value) {

  public static PerformanceIndex of(double value) {
    return new PerformanceIndex(value);
  }

  @Override
  public String toString() {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
