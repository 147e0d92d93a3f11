package org.pmoengine.intake;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Date;
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
    return Date.from(addWorkingDays(ZonedDateTime.now(clock),
        properties.reminderAfterWorkingDays()).toInstant());
  }

  public Date escalationAt() {
    return Date.from(addWorkingDays(ZonedDateTime.now(clock),
        properties.escalationAfterWorkingDays()).toInstant());
  }

  /** The same time of day, {@code days} working days later; a weekend start counts from Monday. */
  static ZonedDateTime addWorkingDays(ZonedDateTime from, int days) {
    ZonedDateTime at = from;
    int left = days;
    while (left > 0) {
      at = at.plusDays(1);
      if (isWorkingDay(at)) {
        left--;
      }
    }
    return at;
  }

  private static boolean isWorkingDay(ZonedDateTime at) {
    return at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
