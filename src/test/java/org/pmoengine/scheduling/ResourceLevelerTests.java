package org.pmoengine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLevelerTests {

  static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  static LocalDate jan(int day) {
    return LocalDate.of(2026, 1, day);
  }

  static final Resource CREW = new Resource("crew", "Crew", 2);

  @Test
  void twoActivitiesSharingACrewRunOneAfterTheOther() {
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 3).withDemand("crew", 2), Activity.of("B", 2).withDemand("crew", 2)),
        List.of()).withResources(List.of(CREW));

    LevelingResult result = ResourceLeveler.level(plan);

    assertThat(result.finishBefore()).isEqualTo(jan(7));
    assertThat(result.finishAfter()).isEqualTo(jan(9));
    assertThat(result.finishOffsetBefore()).isEqualTo(3);
    assertThat(result.finishOffsetAfter()).isEqualTo(5);
    assertThat(result.slipDays()).isEqualTo(2);
    assertThat(result.moved()).hasSize(1);
    LevelingResult.MovedActivity moved = result.moved().get(0);
    Schedule s = result.schedule();
    if (moved.activityId().equals("B")) {
      assertThat(moved.delayDays()).isEqualTo(3);
      assertThat(moved.levelledStart()).isEqualTo(jan(8));
      assertThat(s.activity("B").startDate()).isEqualTo(jan(8));
    } else {
      assertThat(moved.activityId()).isEqualTo("A");
      assertThat(moved.delayDays()).isEqualTo(2);
      assertThat(s.activity("A").startDate()).isEqualTo(jan(7));
    }
    assertThat(moved.earlyStart()).isEqualTo(jan(5));
    assertThat(result.overAllocations()).isEmpty();
  }

  @Test
  void levellingUsesFloatBeforeDelayingTheFinish() {
    // A(4) -> C(1); B(1) needs the crew A uses, and has float until C's finish
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 4).withDemand("crew", 2), Activity.of("B", 1).withDemand("crew", 1),
            Activity.of("C", 1)),
        List.of(Dependency.fs("A", "C"))).withResources(List.of(CREW));

    LevelingResult result = ResourceLeveler.level(plan);

    assertThat(result.finishOffsetAfter()).isEqualTo(5);
    assertThat(result.schedule().activity("B").earlyStart()).isEqualTo(4);
    assertThat(result.moved()).extracting(LevelingResult.MovedActivity::activityId).containsExactly("B");
  }

  @Test
  void aDemandAboveCapacityIsReportedAndGetsTheResourceToItself() {
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 2).withDemand("crew", 3), Activity.of("B", 2).withDemand("crew", 1)),
        List.of()).withResources(List.of(CREW));

    LevelingResult result = ResourceLeveler.level(plan);

    Schedule s = result.schedule();
    ScheduledActivity a = s.activity("A");
    ScheduledActivity b = s.activity("B");
    assertThat(a.earlyFinish() <= b.earlyStart() || b.earlyFinish() <= a.earlyStart()).isTrue();
    assertThat(result.finishOffsetAfter()).isEqualTo(4);
    assertThat(result.overAllocations()).hasSize(1);
    LevelingResult.OverAllocation over = result.overAllocations().get(0);
    assertThat(over.resourceId()).isEqualTo("crew");
    assertThat(over.activityIds()).containsExactly("A");
    assertThat(over.peakUnits()).isEqualTo(3);
    assertThat(over.capacityPerDay()).isEqualTo(2);
    assertThat(over.from()).isEqualTo(a.startDate());
    assertThat(over.to()).isEqualTo(a.finishDate());
    assertThat(over.reason()).contains("activity A needs 3 of crew per day but its capacity is 2");
  }

  @Test
  void workInProgressKeepsItsDatesAndOtherWorkWaits() {
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 5).withDemand("crew", 2).inProgress(jan(5), 40, 3),
            Activity.of("B", 2).withDemand("crew", 1)),
        List.of()).withResources(List.of(CREW)).withStatusDate(jan(7));

    LevelingResult result = ResourceLeveler.level(plan);

    Schedule s = result.schedule();
    assertThat(s.activity("A").startDate()).isEqualTo(jan(5));
    assertThat(s.activity("A").finishDate()).isEqualTo(jan(9)); // 3 days from Wednesday 7
    assertThat(s.activity("B").startDate()).isEqualTo(jan(12));
    assertThat(result.moved()).extracting(LevelingResult.MovedActivity::activityId).containsExactly("B");
    assertThat(result.overAllocations()).isEmpty();
  }

  @Test
  void overlappingWorkInProgressIsReportedNotMoved() {
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 5).withDemand("crew", 2).inProgress(jan(5), 0, 5),
            Activity.of("B", 5).withDemand("crew", 1).inProgress(jan(5), 0, 5)),
        List.of()).withResources(List.of(CREW)).withStatusDate(jan(5));

    LevelingResult result = ResourceLeveler.level(plan);

    assertThat(result.moved()).isEmpty();
    assertThat(result.overAllocations()).singleElement().satisfies(o -> {
      assertThat(o.activityIds()).containsExactly("A", "B");
      assertThat(o.peakUnits()).isEqualTo(3);
      assertThat(o.reason()).contains("in progress");
    });
  }

  @Test
  void theSameSeedGivesTheSameSchedule() {
    Plan plan = RandomPlans.plan(7, 40);
    LevelingOptions options = new LevelingOptions(300, 0, 42);

    Schedule first = ResourceLeveler.level(plan, options).schedule();
    Schedule second = ResourceLeveler.level(plan, options).schedule();

    assertThat(second).isEqualTo(first);
  }
}
