package org.pmoengine.lifecycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the project lifecycle ({@code pmo.lifecycle.*}).
 *
 * @param holdReview how long a project on hold waits for a resume before the board reviews it
 *     again
 * @param statusCycle how often the project manager reports status during Execution, as a BPMN
 *     time cycle ({@code R/P7D}: every week)
 * @param reminderWorkingDays a status report or gate review open this long reminds whoever has it
 * @param escalationWorkingDays a status report or gate review open this long is escalated
 */
@ConfigurationProperties("pmo.lifecycle")
public record LifecycleProperties(@DefaultValue("P14D") Duration holdReview,
    @DefaultValue("R/P7D") String statusCycle,
    @DefaultValue("3") int reminderWorkingDays,
    @DefaultValue("5") int escalationWorkingDays) {

  public LifecycleProperties {
    if (holdReview.isNegative() || holdReview.isZero()) {
      throw new IllegalArgumentException("pmo.lifecycle.hold-review must be positive");
    }
  }
}
