package org.pmoengine.postmortem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.pmoengine.scheduling.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * The lesson deadline and reminder of the post-mortem, in working days from now:
 * {@code ${postMortemTimers.lessonsDeadline()}} in the BPMN.
 */
@Component("postMortemTimers")
public class PostMortemTimers {

  private static final WorkCalendar WORKING_DAYS = WorkCalendar.mondayToFriday();

  private final PostMortemProperties properties;
  private final Clock clock;

  public PostMortemTimers(PostMortemProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date lessonsDeadline() {
    return workingDaysFromNow(properties.lessonDays());
  }

  public Date reminderAt() {
    return workingDaysFromNow(properties.reminderDays());
  }

  /** The same time of day, {@code days} working days after today. */
  private Date workingDaysFromNow(int days) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    LocalDate due = WORKING_DAYS.dateAt(today, days);
    return Date.from(now.with(due).toInstant());
  }
}
