package org.pmoengine.project;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** Deadlines of PMO work (reviews, status reports) count working days: Monday to Friday. */
public final class WorkingDays {

  private WorkingDays() {}

  /** The same time of day, {@code days} working days later; a weekend start counts from Monday. */
  public static ZonedDateTime after(ZonedDateTime from, int days) {
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
