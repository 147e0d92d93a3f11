package org.pmoengine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Random plans: every schedule must respect every dependency and, once levelled, every
 * capacity; and the critical path finish is a lower bound of the levelled one. The checks here
 * read the plan directly, not the scheduler's internal network.
 */
class SchedulePropertyTests {

  @Test
  void criticalPathSchedulesRespectEveryDependencyAndAreTight() {
    for (long seed = 1; seed <= 60; seed++) {
      Plan plan = RandomPlans.plan(seed, 40);
      Schedule s = CriticalPathMethod.schedule(plan);
      assertThat(precedenceViolations(plan, s)).as("seed %d", seed).isEmpty();
      for (ScheduledActivity a : s.activities()) {
        assertThat(a.totalFloat()).as("seed %d %s", seed, a.id()).isGreaterThanOrEqualTo(0);
        assertThat(a.freeFloat()).isBetween(0, a.totalFloat());
        assertThat(a.lateFinish()).isLessThanOrEqualTo(s.finishOffset());
      }
      assertThat(s.activities().stream().anyMatch(ScheduledActivity::critical)).isTrue();
    }
  }

  @Test
  void levelledSchedulesAreFeasibleAndNeverShorterThanTheCriticalPath() {
    for (long seed = 1; seed <= 40; seed++) {
      Plan plan = RandomPlans.plan(seed, 30);
      Schedule cpm = CriticalPathMethod.schedule(plan);
      LevelingResult result = ResourceLeveler.level(plan, new LevelingOptions(200, 0, seed));
      Schedule s = result.schedule();
      assertThat(precedenceViolations(plan, s)).as("seed %d", seed).isEmpty();
      assertThat(capacityViolations(plan, s)).as("seed %d", seed).isEmpty();
      assertThat(result.overAllocations()).as("seed %d", seed).isEmpty();
      assertThat(s.finishOffset()).isGreaterThanOrEqualTo(cpm.finishOffset());
      assertThat(result.finishOffsetBefore()).isEqualTo(cpm.finishOffset());
      for (ScheduledActivity a : s.activities()) {
        assertThat(a.earlyStart()).isGreaterThanOrEqualTo(cpm.activity(a.id()).earlyStart());
      }
    }
  }

  static List<String> precedenceViolations(Plan plan, Schedule s) {
    List<String> out = new ArrayList<>();
    for (Dependency d : plan.dependencies()) {
      ScheduledActivity p = s.activity(d.predecessorId());
      ScheduledActivity q = s.activity(d.successorId());
      int lag = d.lagDays();
      boolean ok = switch (d.type()) {
        case FS -> q.earlyStart() >= p.earlyFinish() + lag;
        case SS -> q.earlyStart() >= p.earlyStart() + lag;
        case FF -> q.earlyFinish() >= p.earlyFinish() + lag;
        case SF -> q.earlyFinish() >= p.earlyStart() + lag;
      };
      if (!ok) {
        out.add(d.toString());
      }
    }
    for (Activity a : plan.activities()) {
      ScheduledActivity x = s.activity(a.id());
      if (x.earlyStart() < 0 || x.durationDays() != a.durationDays()) {
        out.add(a.id() + " starts before the project or has the wrong duration");
      }
      if (a.startNoEarlierThan() != null && x.startDate().isBefore(a.startNoEarlierThan())) {
        out.add(a.id() + " starts before its constraint");
      }
    }
    return out;
  }

  static List<String> capacityViolations(Plan plan, Schedule s) {
    List<String> out = new ArrayList<>();
    for (Resource r : plan.resources()) {
      int[] use = new int[s.finishOffset() + 1];
      for (Activity a : plan.activities()) {
        int demand = a.demands().getOrDefault(r.id(), 0);
        ScheduledActivity x = s.activity(a.id());
        for (int t = x.earlyStart(); t < x.earlyFinish(); t++) {
          use[t] += demand;
        }
      }
      for (int t = 0; t < use.length; t++) {
        if (use[t] > r.capacityPerDay()) {
          out.add(r.id() + " uses " + use[t] + " of " + r.capacityPerDay() + " on day " + t);
        }
      }
    }
    return out;
  }

  static int demand(Map<String, Integer> demands, String id) {
    return demands.getOrDefault(id, 0);
  }
}
