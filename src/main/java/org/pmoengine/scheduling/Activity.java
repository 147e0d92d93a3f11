package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One activity of a plan. All durations are in working days of the plan's calendar.
 *
 * @param id unique within the plan
 * @param name for people
 * @param durationDays planned duration in working days; 0 makes a milestone
 * @param remainingDays working days still to do for an activity in progress; when null it is
 *     derived from the duration and the percent complete
 * @param actualStart the day work actually started, or null when not started
 * @param actualFinish the last day of actual work, or null when not finished
 * @param percentComplete 0 to 100
 * @param startNoEarlierThan the earliest start date allowed, or null
 * @param demands units of each resource (by resource id) needed on every working day of the
 *     activity
 */
public record Activity(
    String id,
    String name,
    int durationDays,
    Integer remainingDays,
    LocalDate actualStart,
    LocalDate actualFinish,
    double percentComplete,
    LocalDate startNoEarlierThan,
    Map<String, Integer> demands) {

  public Activity {
    demands = demands == null ? Map.of() : Map.copyOf(demands);
  }

  /** A not-yet-started activity without demands or constraints. */
  public static Activity of(String id, String name, int durationDays) {
    return new Activity(id, name, durationDays, null, null, null, 0, null, Map.of());
  }

  /** A not-yet-started activity whose name is its id. */
  public static Activity of(String id, int durationDays) {
    return of(id, id, durationDays);
  }

  /** Milestones take no time. */
  public boolean milestone() {
    return durationDays == 0;
  }

  public boolean started() {
    return actualStart != null || actualFinish != null;
  }

  public boolean finished() {
    return actualFinish != null;
  }

  /**
   * Working days still to do: the given remaining duration, else the duration scaled by the
   * percent not yet complete (rounded up), and 0 once finished.
   */
  public int remainingWorkDays() {
    if (finished()) {
      return 0;
    }
    if (remainingDays != null) {
      return remainingDays;
    }
    if (!started()) {
      return durationDays;
    }
    return (int) Math.ceil(durationDays * (100.0 - percentComplete) / 100.0 - 1e-9);
  }

  public Activity withDemand(String resourceId, int perDay) {
    Map<String, Integer> copy = new LinkedHashMap<>(demands);
    copy.put(resourceId, perDay);
    return new Activity(id, name, durationDays, remainingDays, actualStart, actualFinish,
        percentComplete, startNoEarlierThan, copy);
  }

  public Activity withStartNoEarlierThan(LocalDate date) {
    return new Activity(id, name, durationDays, remainingDays, actualStart, actualFinish,
        percentComplete, date, demands);
  }

  /** Started on {@code start}; {@code remaining} working days still to do from the status date. */
  public Activity inProgress(LocalDate start, double percent, Integer remaining) {
    return new Activity(id, name, durationDays, remaining, start, null, percent,
        startNoEarlierThan, demands);
  }

  /** Done: worked from {@code start} to {@code finish}, both inclusive. */
  public Activity completed(LocalDate start, LocalDate finish) {
    return new Activity(id, name, durationDays, 0, start, finish, 100, startNoEarlierThan, demands);
  }
}
