package org.pmoengine.intake;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.pmoengine.project.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Due dates of the review timers, counted in working days (Monday to Friday) from now. The BPMN
 * boundary timers call it: {@code ${reviewDeadlines.reminderAt()}}.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

  private final IntakeProperties properties;
  private final Clock clock;

  public ReviewDeadlines(IntakeProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date reminderAt() {
    return Date.from(WorkingDays.after(ZonedDateTime.now(clock),
        properties.reminderAfterWorkingDays()).toInstant());
  }

  public Date escalationAt() {
    return Date.from(WorkingDays.after(ZonedDateTime.now(clock),
        properties.escalationAfterWorkingDays()).toInstant());
  }
}
