package org.pmoengine.status;

import java.math.BigDecimal;

/**
 * What the health rules see of a project at a status date.
 *
 * @param slipDays working days the forecast finish lies after the baseline finish (negative when
 *     ahead); null when there is no baseline yet
 * @param cpi cost performance index; null before any cost is booked
 * @param spi schedule performance index; null before any work is planned
 * @param openHighRisks risks rated high that are still open
 * @param overdueIssues open issues and action items past their due date
 */
public record HealthFacts(
    Integer slipDays, BigDecimal cpi, BigDecimal spi, int openHighRisks, int overdueIssues) {

  public HealthFacts {
    if (openHighRisks < 0 || overdueIssues < 0) {
      throw new IllegalArgumentException("openHighRisks and overdueIssues must not be negative,"
          + " were " + openHighRisks + " and " + overdueIssues);
    }
    if ((cpi != null && cpi.signum() < 0) || (spi != null && spi.signum() < 0)) {
      throw new IllegalArgumentException("CPI and SPI must not be negative");
    }
  }
}
