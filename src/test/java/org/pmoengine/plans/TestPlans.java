package org.pmoengine.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.WorkCalendar;

/** Plans and project keys for the service, API and process tests. */
final class TestPlans {

  static final LocalDate START = LocalDate.of(2026, 3, 2);
  private static final AtomicInteger NEXT_KEY = new AtomicInteger(1000 + new Random().nextInt(8000));

  private TestPlans() {}

  /** A key not used by any other test in this run. */
  static String newProjectKey() {
    return String.format("PRJ-2026-%04d", NEXT_KEY.getAndIncrement() % 10000);
  }

  /** Design (5 d) then build (10 d, FS + 2) then a go-live milestone; review SS + 3 beside build. */
  static Plan simple() {
    return Plan.of(START, List.of(
            Activity.of("design", "Design", 5),
            Activity.of("build", "Build", 10),
            Activity.of("review", "Review", 4),
            Activity.of("live", "Go live", 0)),
        List.of(Dependency.of("design", "build", DependencyType.FS, 2),
            Dependency.of("build", "review", DependencyType.SS, 3),
            Dependency.fs("build", "live"),
            Dependency.fs("review", "live")));
  }

  /** The simple plan where build and review both need the one tester. */
  static Plan withResources() {
    Plan plan = simple();
    return plan.withResources(List.of(new Resource("tester", "Tester", 1)))
        .withActivities(plan.activities().stream()
            .map(a -> a.id().equals("build") || a.id().equals("review") ? a.withDemand("tester", 1) : a)
            .toList());
  }

  /** The simple plan with build taking {@code days} working days. */
  static Plan withBuildTaking(int days) {
    Plan plan = simple();
    return plan.withActivities(plan.activities().stream()
        .map(a -> a.id().equals("build") ? Activity.of("build", "Build", days) : a)
        .toList());
  }

  static WorkCalendar calendar() {
    return WorkCalendar.mondayToFriday();
  }
}
