package org.pmoengine.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working weekdays and holidays. Maps working-day offsets to dates and back, counted from an
 * origin (the project start): offset 0 is the first working day on or after the origin, offset
 * 1 the next working day, and so on. Negative offsets are working days before offset 0.
 */
public record WorkCalendar(Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

  public WorkCalendar {
    workingDays = workingDays == null || workingDays.isEmpty()
        ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : Set.copyOf(workingDays);
    holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
  }

  /** Monday to Friday, no holidays. */
  public static WorkCalendar mondayToFriday() {
    return new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
  }

  /** Every day is a working day: offsets are calendar days. */
  public static WorkCalendar everyDay() {
    return new WorkCalendar(EnumSet.allOf(DayOfWeek.class), Set.of());
  }

  public WorkCalendar withHolidays(Set<LocalDate> more) {
    java.util.HashSet<LocalDate> all = new java.util.HashSet<>(holidays);
    all.addAll(more);
    return new WorkCalendar(workingDays, all);
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** The first working day on or after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate d = date;
    for (int guard = 0; !isWorkingDay(d); guard++) {
      if (guard > 3660) {
        throw new IllegalStateException("no working day within ten years of " + date);
      }
      d = d.plusDays(1);
    }
    return d;
  }

  /** The date of working day {@code offset} counted from {@code origin}. */
  public LocalDate dateAt(LocalDate origin, int offset) {
    LocalDate d = nextWorkingDay(origin);
    int step = offset >= 0 ? 1 : -1;
    for (int left = Math.abs(offset); left > 0; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The working-day offset of {@code date} from {@code origin}. A non-working date maps to the
   * next working day.
   */
  public int offsetOf(LocalDate origin, LocalDate date) {
    LocalDate start = nextWorkingDay(origin);
    LocalDate target = nextWorkingDay(date);
    int offset = 0;
    if (!target.isBefore(start)) {
      for (LocalDate d = start; d.isBefore(target); d = d.plusDays(1)) {
        if (isWorkingDay(d.plusDays(1))) {
          offset++;
        }
      }
    } else {
      for (LocalDate d = start; d.isAfter(target); d = d.minusDays(1)) {
        if (isWorkingDay(d.minusDays(1))) {
          offset--;
        }
      }
    }
    return offset;
  }

  /** The dates of working days {@code 0 .. count-1} from {@code origin}, for fast lookups. */
  public LocalDate[] workingDates(LocalDate origin, int count) {
    LocalDate[] dates = new LocalDate[Math.max(count, 0)];
    LocalDate d = nextWorkingDay(origin);
    for (int i = 0; i < dates.length; i++) {
      dates[i] = d;
      d = d.plusDays(1);
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
    }
    return dates;
  }
}
