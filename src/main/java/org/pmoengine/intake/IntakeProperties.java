package org.pmoengine.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake process ({@code pmo.intake.*}).
 *
 * @param reminderAfterWorkingDays a review open this long reminds its reviewers
 * @param escalationAfterWorkingDays a review open this long is escalated to the PMO lead
 */
@ConfigurationProperties("pmo.intake")
public record IntakeProperties(
    @DefaultValue("3") int reminderAfterWorkingDays,
    @DefaultValue("5") int escalationAfterWorkingDays) {

  public IntakeProperties {
    if (reminderAfterWorkingDays < 1 || escalationAfterWorkingDays <= reminderAfterWorkingDays) {
      throw new IllegalArgumentException("pmo.intake: the reminder needs at least one working day"
          + " and the escalation must come after it");
    }
  }
}
