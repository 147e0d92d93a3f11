package org.pmoengine.scheduling.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;

/** The resources a schedule asks for more than their capacity on some working day. */
final class ResourceLoad {

  private ResourceLoad() {}

  static List<String> overallocated(Plan plan, Schedule schedule) {
    Map<String, ScheduledActivity> scheduled = schedule.byId();
    Map<String, int[]> load = new HashMap<>();
    int horizon = Math.max(schedule.finishOffset(), 0) + 1;
    for (Activity a : plan.activities()) {
      ScheduledActivity s = scheduled.get(a.id());
      if (s == null || a.finished()) {
        continue;
      }
      for (Map.Entry<String, Integer> demand : a.demands().entrySet()) {
        int[] days = load.computeIfAbsent(demand.getKey(), k -> new int[horizon]);
        for (int d = Math.max(s.earlyStart(), 0); d < Math.min(s.earlyFinish(), horizon); d++) {
          days[d] += demand.getValue();
        }
      }
    }
    List<String> over = new ArrayList<>();
    for (Resource r : plan.resources()) {
      int[] days = load.get(r.id());
      if (days == null) {
        continue;
      }
      for (int used : days) {
        if (used > r.capacityPerDay()) {
          over.add(r.id());
          break;
        }
      }
    }
    return over;
  }
}
