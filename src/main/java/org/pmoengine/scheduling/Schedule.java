package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A computed schedule, activities in plan order.
 *
 * @param projectStart the plan's start date
 * @param statusDate the plan's status date, or null
 * @param finishOffset working days from the project start to the end of the last activity
 * @param finishDate the last working day of the project
 * @param criticalPaths chains of critical activity ids, from a start to the project finish,
 *     linked by driving dependencies (at most a few dozen are listed)
 */
public record Schedule(
    LocalDate projectStart,
    LocalDate statusDate,
    int finishOffset,
    LocalDate finishDate,
    List<ScheduledActivity> activities,
    List<List<String>> criticalPaths) {

  public Schedule {
    activities = List.copyOf(activities);
    criticalPaths = criticalPaths == null ? List.of() : List.copyOf(criticalPaths);
  }

  /** The activity with this id; throws when there is none. */
  public ScheduledActivity activity(String id) {
    for (ScheduledActivity a : activities) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("no activity " + id + " in the schedule");
  }

  public Map<String, ScheduledActivity> byId() {
    Map<String, ScheduledActivity> map = new LinkedHashMap<>();
    activities.forEach(a -> map.put(a.id(), a));
    return map;
  }

  public List<String> criticalActivityIds() {
    return activities.stream().filter(ScheduledActivity::critical).map(ScheduledActivity::id).toList();
  }
}
