package org.pmoengine.intake;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake process ({@code pmo.intake.*}).
 *
 * @param reminderAfterWorkingDays a review open this long reminds its reviewers
 * @param escalationAfterWorkingDays a review open this long is escalated to the PMO lead
 * @param budgetEnvelope what the year's new projects may cost together: the intake pipeline draws
 *     its cut-line where the open requests, best score first, add up to more
 */
@ConfigurationProperties("pmo.intake")
public record IntakeProperties(
    @DefaultValue("3") int reminderAfterWorkingDays,
    @DefaultValue("5") int escalationAfterWorkingDays,
    @DefaultValue("5000000") BigDecimal budgetEnvelope) {

  public IntakeProperties {
    if (reminderAfterWorkingDays < 1 || escalationAfterWorkingDays <= reminderAfterWorkingDays) {
      throw new IllegalArgumentException("pmo.intake: the reminder needs at least one working day"
          + " and the escalation must come after it");
    }
    if (budgetEnvelope == null || budgetEnvelope.signum() <= 0) {
      throw new IllegalArgumentException("pmo.intake.budget-envelope must be a positive amount");
    }
  }
}
