package org.pmoengine.scheduling.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.WorkCalendar;

/** Plans used by the I/O tests. */
final class SamplePlans {

  static final LocalDate START = LocalDate.of(2026, 3, 2); // a Monday

  private SamplePlans() {}

  /**
   * Seven activities with every link type, positive and negative lags, two resources, a
   * milestone, a start constraint, progress, and a calendar with two holidays.
   */
  static Plan office() {
    WorkCalendar calendar = new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
    List<Activity> activities = List.of(
        Activity.of("design", "Design the office", 5).withDemand("arch", 1)
            .completed(START, LocalDate.of(2026, 3, 6)),
        Activity.of("permit", "Building permit", 10)
            .inProgress(LocalDate.of(2026, 3, 9), 40, 6),
        Activity.of("build", "Build", 15).withDemand("crew", 2),
        Activity.of("wiring", "Electrical wiring", 6).withDemand("crew", 1),
        Activity.of("furniture", "Order furniture", 8).withStartNoEarlierThan(LocalDate.of(2026, 4, 1)),
        Activity.of("inspect", "Inspection", 2).withDemand("arch", 1),
        Activity.of("open", "Office open", 0));
    List<Dependency> dependencies = List.of(
        Dependency.of("design", "permit", DependencyType.FS, 0),
        Dependency.of("permit", "build", DependencyType.FS, 2),
        Dependency.of("build", "wiring", DependencyType.SS, 5),
        Dependency.of("build", "inspect", DependencyType.FF, -1),
        Dependency.of("wiring", "inspect", DependencyType.FS, 0),
        Dependency.of("design", "furniture", DependencyType.SF, 3),
        Dependency.of("inspect", "open", DependencyType.FS, 0),
        Dependency.of("furniture", "open", DependencyType.FS, 1));
    List<Resource> resources = List.of(new Resource("arch", "Architect", 1),
        new Resource("crew", "Building crew", 3));
    return new Plan(START, LocalDate.of(2026, 3, 13), calendar, activities, dependencies, resources);
  }

  /** A layered random network of {@code size} activities, the same for the same seed. */
  static Plan large(int size, long seed) {
    Random random = new Random(seed);
    List<Activity> activities = new ArrayList<>();
    List<Dependency> dependencies = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean milestone = i % 25 == 24;
      activities.add(Activity.of(String.format("A%03d", i + 1),
          "Work package " + (i + 1) + (milestone ? " done" : ""), milestone ? 0 : 1 + random.nextInt(12)));
      int links = i == 0 ? 0 : 1 + random.nextInt(2);
      for (int k = 0; k < links; k++) {
        int from = Math.max(0, i - 1 - random.nextInt(Math.min(i, 12)));
        String pred = String.format("A%03d", from + 1);
        String succ = String.format("A%03d", i + 1);
        if (dependencies.stream().noneMatch(d -> d.predecessorId().equals(pred) && d.successorId().equals(succ))) {
          DependencyType type = random.nextInt(6) == 0 ? DependencyType.SS : DependencyType.FS;
          dependencies.add(Dependency.of(pred, succ, type, random.nextInt(4) == 0 ? 2 : 0));
        }
      }
    }
    return new Plan(START, START.plusDays(40), WorkCalendar.mondayToFriday()
        .withHolidays(Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 1))),
        activities, dependencies, List.of());
  }
}
