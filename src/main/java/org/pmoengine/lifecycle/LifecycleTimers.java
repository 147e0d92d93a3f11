package org.pmoengine.lifecycle;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.pmoengine.project.WorkingDays;
import org.springframework.stereotype.Component;

/** Durations of the lifecycle's timers: {@code ${lifecycleTimers.holdReview()}} in the BPMN. */
@Component("lifecycleTimers")
public class LifecycleTimers {

  private final LifecycleProperties properties;
  private final Clock clock;

  public LifecycleTimers(LifecycleProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** ISO-8601 duration after which a project on hold is reviewed again. */
  public String holdReview() {
    return properties.holdReview().toString();
  }

  /** ISO-8601 repeating interval of the status reports during Execution. */
  public String statusCycle() {
    return properties.statusCycle();
  }

  /** When an open status report or gate review reminds whoever has it, in working days from now. */
  public Date reminderAt() {
    return inWorkingDays(properties.reminderWorkingDays());
  }

  /** When an open status report or gate review is escalated, in working days from now. */
  public Date escalationAt() {
    return inWorkingDays(properties.escalationWorkingDays());
  }

  private Date inWorkingDays(int days) {
    return Date.from(WorkingDays.after(ZonedDateTime.now(clock), days).toInstant());
  }
}
