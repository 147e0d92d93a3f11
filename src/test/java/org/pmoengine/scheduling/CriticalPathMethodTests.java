package org.pmoengine.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmoengine.scheduling.DependencyType.FF;
import static org.pmoengine.scheduling.DependencyType.FS;
import static org.pmoengine.scheduling.DependencyType.SF;
import static org.pmoengine.scheduling.DependencyType.SS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriticalPathMethodTests {

  /** A Monday. */
  static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  static LocalDate jan(int day) {
    return LocalDate.of(2026, 1, day);
  }

  static Schedule twoActivities(int durA, int durB, DependencyType type, int lag) {
    return CriticalPathMethod.schedule(Plan.of(MONDAY,
        List.of(Activity.of("A", durA), Activity.of("B", durB)),
        List.of(Dependency.of("A", "B", type, lag))));
  }

  @Test
  void finishToStartWithLagWaitsAfterThePredecessor() {
    Schedule s = twoActivities(5, 3, FS, 2);

    ScheduledActivity a = s.activity("A");
    ScheduledActivity b = s.activity("B");
    assertThat(a.startDate()).isEqualTo(jan(5));
    assertThat(a.finishDate()).isEqualTo(jan(9));
    assertThat(b.earlyStart()).isEqualTo(7);
    assertThat(b.startDate()).isEqualTo(jan(14)); // Fri 9 + Mon 12, Tue 13 of lag
    assertThat(b.finishDate()).isEqualTo(jan(16));
    assertThat(s.finishOffset()).isEqualTo(10);
    assertThat(s.finishDate()).isEqualTo(jan(16));
    assertThat(a.critical()).isTrue();
    assertThat(b.critical()).isTrue();
    assertThat(s.criticalPaths()).containsExactly(List.of("A", "B"));
  }

  @Test
  void finishToStartWithNegativeLagOverlaps() {
    Schedule s = twoActivities(5, 3, FS, -2);

    assertThat(s.activity("B").earlyStart()).isEqualTo(3);
    assertThat(s.activity("B").startDate()).isEqualTo(jan(8));
    assertThat(s.finishOffset()).isEqualTo(6);
    assertThat(s.finishDate()).isEqualTo(jan(12));
  }

  @Test
  void startToStartWithLagGivesTheShorterSuccessorFloat() {
    Schedule s = twoActivities(5, 2, SS, 2);

    ScheduledActivity b = s.activity("B");
    assertThat(b.earlyStart()).isEqualTo(2);
    assertThat(b.startDate()).isEqualTo(jan(7));
    assertThat(b.finishDate()).isEqualTo(jan(8));
    assertThat(b.lateStart()).isEqualTo(3);
    assertThat(b.lateFinishDate()).isEqualTo(jan(9));
    assertThat(b.totalFloat()).isEqualTo(1);
    assertThat(b.freeFloat()).isEqualTo(1);
    assertThat(b.critical()).isFalse();
    assertThat(s.activity("A").totalFloat()).isZero();
    assertThat(s.finishOffset()).isEqualTo(5);
  }

  @Test
  void finishToFinishWithLagFinishesTheSuccessorLater() {
    Schedule s = twoActivities(5, 3, FF, 1);

    ScheduledActivity b = s.activity("B");
    assertThat(b.earlyStart()).isEqualTo(3);
    assertThat(b.startDate()).isEqualTo(jan(8));
    assertThat(b.finishDate()).isEqualTo(jan(12)); // over the weekend
    assertThat(s.finishOffset()).isEqualTo(6);
    assertThat(s.activity("A").lateFinish()).isEqualTo(5);
    assertThat(s.activity("A").critical()).isTrue();
    assertThat(b.critical()).isTrue();
  }

  @Test
  void startToFinishLetsTheSuccessorFinishAfterThePredecessorStarts() {
    Schedule s = twoActivities(5, 2, SF, 4);

    ScheduledActivity b = s.activity("B");
    assertThat(b.earlyStart()).isEqualTo(2);
    assertThat(b.earlyFinish()).isEqualTo(4);
    assertThat(b.finishDate()).isEqualTo(jan(8));
    assertThat(b.totalFloat()).isEqualTo(1);
    assertThat(s.activity("A").totalFloat()).isZero();
  }

  @Test
  void freeFloatIsTheSlackBeforeTheNextActivity() {
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 2), Activity.of("B", 4), Activity.of("C", 3), Activity.of("M", 0)),
        List.of(Dependency.fs("A", "C"), Dependency.fs("B", "C"), Dependency.fs("C", "M")));

    Schedule s = CriticalPathMethod.schedule(plan);

    assertThat(s.activity("A").totalFloat()).isEqualTo(2);
    assertThat(s.activity("A").freeFloat()).isEqualTo(2);
    assertThat(s.activity("B").critical()).isTrue();
    assertThat(s.activity("M").earlyStart()).isEqualTo(7);
    assertThat(s.activity("M").startDate()).isEqualTo(jan(14));
    assertThat(s.activity("M").finishDate()).isEqualTo(jan(14));
    assertThat(s.criticalPaths()).containsExactly(List.of("B", "C", "M"));
  }

  @Test
  void totalFloatCanExceedFreeFloat() {
    // A -> B -> D and C -> D; A and B have shared float, only B has it free
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 1), Activity.of("B", 1), Activity.of("C", 5), Activity.of("D", 1)),
        List.of(Dependency.fs("A", "B"), Dependency.fs("B", "D"), Dependency.fs("C", "D")));

    Schedule s = CriticalPathMethod.schedule(plan);

    assertThat(s.activity("A").totalFloat()).isEqualTo(3);
    assertThat(s.activity("A").freeFloat()).isZero();
    assertThat(s.activity("B").totalFloat()).isEqualTo(3);
    assertThat(s.activity("B").freeFloat()).isEqualTo(3);
  }

  @Test
  void startNoEarlierThanDelaysTheActivityAndItsSuccessors() {
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 2).withStartNoEarlierThan(jan(10)), Activity.of("B", 1)),
        List.of(Dependency.fs("A", "B")));

    Schedule s = CriticalPathMethod.schedule(plan);

    // Saturday 10 moves to Monday 12, offset 5
    assertThat(s.activity("A").earlyStart()).isEqualTo(5);
    assertThat(s.activity("A").startDate()).isEqualTo(jan(12));
    assertThat(s.activity("B").startDate()).isEqualTo(jan(14));
  }

  @Test
  void weekendsAndHolidaysAreSkipped() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24); // a Thursday
    WorkCalendar calendar = WorkCalendar.mondayToFriday()
        .withHolidays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
    Plan plan = Plan.of(christmasEve,
        List.of(Activity.of("A", 5), Activity.of("B", 2)), List.of(Dependency.fs("A", "B")))
        .withCalendar(calendar);

    Schedule s = CriticalPathMethod.schedule(plan);

    assertThat(s.activity("A").finishDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(s.activity("B").startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(s.finishDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(calendar.offsetOf(christmasEve, LocalDate.of(2027, 1, 1))).isEqualTo(5);
    assertThat(calendar.dateAt(christmasEve, 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(calendar.dateAt(LocalDate.of(2027, 1, 4), -1)).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void actualsFixDoneWorkAndRemainingWorkStartsAtTheStatusDate() {
    Plan plan = Plan.of(MONDAY,
        List.of(
            Activity.of("A", 5).completed(jan(5), jan(12)),
            Activity.of("B", 10).inProgress(jan(13), 30, 4),
            Activity.of("C", 3),
            Activity.of("D", 2)),
        List.of(Dependency.fs("A", "B"), Dependency.fs("B", "C")))
        .withStatusDate(jan(19));

    Schedule s = CriticalPathMethod.schedule(plan);

    ScheduledActivity a = s.activity("A");
    assertThat(a.startDate()).isEqualTo(jan(5));
    assertThat(a.finishDate()).isEqualTo(jan(12));
    assertThat(a.critical()).isFalse();
    ScheduledActivity b = s.activity("B");
    assertThat(b.startDate()).isEqualTo(jan(13));
    assertThat(b.earlyFinish()).isEqualTo(14); // status date offset 10 + 4 remaining
    assertThat(b.finishDate()).isEqualTo(jan(22));
    assertThat(b.critical()).isTrue();
    assertThat(s.activity("C").startDate()).isEqualTo(jan(23));
    assertThat(s.activity("C").finishDate()).isEqualTo(jan(27));
    assertThat(s.activity("D").startDate()).isEqualTo(jan(19));
    assertThat(s.activity("D").totalFloat()).isEqualTo(5);
    assertThat(s.finishDate()).isEqualTo(jan(27));
  }

  @Test
  void remainingWorkFollowsPercentCompleteWhenNotGiven() {
    Activity half = Activity.of("A", 10).inProgress(jan(5), 50, null);
    Plan plan = Plan.of(MONDAY, List.of(half), List.of()).withStatusDate(jan(12));

    Schedule s = CriticalPathMethod.schedule(plan);

    assertThat(half.remainingWorkDays()).isEqualTo(5);
    assertThat(s.activity("A").earlyFinish()).isEqualTo(10);
    assertThat(s.activity("A").finishDate()).isEqualTo(jan(16));
  }

  @Test
  void aCycleIsRefusedAndNamed() {
    Plan plan = Plan.of(MONDAY,
        List.of(Activity.of("A", 1), Activity.of("B", 1), Activity.of("C", 1), Activity.of("D", 1)),
        List.of(Dependency.fs("D", "A"), Dependency.fs("A", "B"), Dependency.fs("B", "C"),
            Dependency.of("C", "A", SS, 0)));

    assertThatThrownBy(() -> CriticalPathMethod.schedule(plan))
        .isInstanceOf(PlanValidationException.class)
        .satisfies(e -> {
          List<PlanProblem> problems = ((PlanValidationException) e).problems();
          assertThat(problems).hasSize(1);
          assertThat(problems.get(0).message()).isIn(
              "the dependencies form a cycle: A → B → C → A",
              "the dependencies form a cycle: B → C → A → B",
              "the dependencies form a cycle: C → A → B → C");
        });
  }

  @Test
  void everyValidationProblemIsListedWithItsActivity() {
    Plan plan = new Plan(MONDAY, null, null,
        List.of(Activity.of("A", -1), Activity.of("B", 2).withDemand("crane", 1), Activity.of("B", 3)),
        List.of(Dependency.fs("A", "X")),
        List.of(new Resource("team", "Team", 2)));

    assertThat(plan.problems())
        .extracting(PlanProblem::activityId, PlanProblem::field, PlanProblem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("A", "durationDays", "activity A has a negative duration (-1 days)"),
            org.assertj.core.groups.Tuple.tuple("B", "demands", "activity B demands unknown resource crane"),
            org.assertj.core.groups.Tuple.tuple("B", "id", "activity id B is used twice"),
            org.assertj.core.groups.Tuple.tuple("A", "dependencies", "dependency A → X names unknown activity X"));
    assertThatThrownBy(() -> CriticalPathMethod.schedule(plan)).isInstanceOf(PlanValidationException.class)
        .hasMessageContaining("unknown activity X");
  }
}
