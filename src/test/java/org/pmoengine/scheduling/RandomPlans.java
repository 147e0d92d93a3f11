package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random acyclic plans for property tests: links only go from lower to higher numbers. */
final class RandomPlans {

  private RandomPlans() {}

  static Plan plan(long seed, int activities) {
    Random random = new Random(seed);
    int resourceCount = 1 + random.nextInt(3);
    List<Resource> resources = new ArrayList<>();
    for (int r = 0; r < resourceCount; r++) {
      resources.add(new Resource("R" + r, "Resource " + r, 2 + random.nextInt(5)));
    }
    List<Activity> list = new ArrayList<>();
    for (int i = 0; i < activities; i++) {
      Activity a = Activity.of("A" + i, random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(9));
      for (Resource r : resources) {
        if (random.nextInt(3) > 0) {
          a = a.withDemand(r.id(), random.nextInt(r.capacityPerDay() + 1));
        }
      }
      if (random.nextInt(10) == 0) {
        a = a.withStartNoEarlierThan(LocalDate.of(2026, 1, 5).plusDays(random.nextInt(20)));
      }
      list.add(a);
    }
    List<Dependency> deps = new ArrayList<>();
    DependencyType[] types = DependencyType.values();
    for (int j = 1; j < activities; j++) {
      int links = random.nextInt(3);
      for (int k = 0; k < links; k++) {
        int i = random.nextInt(j);
        DependencyType type = random.nextInt(2) == 0 ? DependencyType.FS : types[random.nextInt(4)];
        deps.add(Dependency.of("A" + i, "A" + j, type, random.nextInt(6) - 2));
      }
    }
    return Plan.of(LocalDate.of(2026, 1, 5), list, deps).withResources(resources)
        .withCalendar(WorkCalendar.mondayToFriday());
  }
}
