package org.pmoengine.scheduling;

import java.time.LocalDate;

/**
 * The dates of one activity in a schedule. Offsets are working days from the project start
 * (offset 0 is its first working day). A start offset is the first day of work and a finish
 * offset the first day after the work, so {@code earlyFinish - earlyStart} is the duration.
 * Dates are calendar dates of the first and last day of work; a milestone's finish date is its
 * start date.
 *
 * @param totalFloat working days the activity can slip without delaying the project finish
 * @param freeFloat working days it can slip without delaying any successor
 * @param critical no total float (it drives the project finish)
 */
public record ScheduledActivity(
    String id,
    String name,
    int earlyStart,
    int earlyFinish,
    int lateStart,
    int lateFinish,
    LocalDate startDate,
    LocalDate finishDate,
    LocalDate lateStartDate,
    LocalDate lateFinishDate,
    int totalFloat,
    int freeFloat,
    boolean critical) {

  public int durationDays() {
    return earlyFinish - earlyStart;
  }
}
