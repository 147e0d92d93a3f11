package org.pmoengine.scheduling.io;

import java.util.HashMap;
import java.util.Map;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.ScheduledActivity;

/**
 * Finds the activities that start later than their links and constraints require, that is the
 * ones that resource levelling delayed. A tool that recalculates the plan would pull them back.
 */
final class LevelledStarts {

  private LevelledStarts() {}

  /** Ids of delayed, not yet started activities, with their scheduled start offset. */
  static Map<String, Integer> pinned(Plan plan, Map<String, ScheduledActivity> scheduled) {
    Map<String, Integer> earliest = new HashMap<>();
    for (Activity a : plan.activities()) {
      ScheduledActivity s = scheduled.get(a.id());
      if (s == null || a.started()) {
        continue;
      }
      int start = 0;
      if (plan.statusDate() != null) {
        start = Math.max(start, plan.calendar().offsetOf(plan.projectStart(), plan.statusDate()));
      }
      if (a.startNoEarlierThan() != null) {
        start = Math.max(start, plan.calendar().offsetOf(plan.projectStart(), a.startNoEarlierThan()));
      }
      earliest.put(a.id(), start);
    }
    for (Dependency d : plan.dependencies()) {
      ScheduledActivity p = scheduled.get(d.predecessorId());
      ScheduledActivity s = scheduled.get(d.successorId());
      if (p == null || s == null || !earliest.containsKey(d.successorId())) {
        continue;
      }
      int duration = s.durationDays();
      int bound = switch (d.type()) {
        case FS -> p.earlyFinish() + d.lagDays();
        case SS -> p.earlyStart() + d.lagDays();
        case FF -> p.earlyFinish() + d.lagDays() - duration;
        case SF -> p.earlyStart() + d.lagDays() - duration;
      };
      earliest.merge(d.successorId(), bound, Math::max);
    }
    Map<String, Integer> pinned = new HashMap<>();
    earliest.forEach((id, bound) -> {
      ScheduledActivity s = scheduled.get(id);
      if (s.earlyStart() > bound) {
        pinned.put(id, s.earlyStart());
      }
    });
    return pinned;
  }
}
