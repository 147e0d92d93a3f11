package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmoengine.postmortem.PostMortemMetrics.KindAccuracy;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Plan;

/** Estimation accuracy per activity kind, on a small hand-checked plan. */
class EstimationAccuracyTests {

  static final LocalDate MONDAY = LocalDate.of(2098, 3, 3);

  @Test
  void kindIsTheLeadingWordOfTheName() {
    assertThat(EstimationAccuracy.kindOf(Activity.of("a1", "Build billing API", 5)))
        .isEqualTo("build");
    assertThat(EstimationAccuracy.kindOf(Activity.of("a2", "  test-automation", 5)))
        .isEqualTo("test");
    assertThat(EstimationAccuracy.kindOf(Activity.of("design-db", "", 5))).isEqualTo("design");
  }

  @Test
  void sumsPlannedAndActualWorkingDaysPerKindOfFinishedActivitiesOfTheFirstBaseline() {
    Plan baseline = Plan.of(MONDAY, List.of(Activity.of("b1", "Build API", 10),
        Activity.of("b2", "Build UI", 5), Activity.of("t1", "Test API", 4),
        Activity.of("m1", "Go-live", 0), Activity.of("d1", "Document", 3)), List.of());
    Plan latest = Plan.of(MONDAY, List.of(
        // Mon 3 March .. Fri 14 March: 10 working days
        Activity.of("b1", "Build API", 10).completed(MONDAY, LocalDate.of(2098, 3, 14)),
        // Mon .. Mon a week later: 6 working days over a weekend
        Activity.of("b2", "Build UI", 5).completed(MONDAY, LocalDate.of(2098, 3, 10)),
        Activity.of("t1", "Test API", 4).completed(MONDAY, LocalDate.of(2098, 3, 4)),
        Activity.of("m1", "Go-live", 0).completed(MONDAY, MONDAY),
        Activity.of("d1", "Document", 3).inProgress(MONDAY, 50, 2),
        Activity.of("x1", "Build extras", 2).completed(MONDAY, MONDAY)), List.of());

    assertThat(EstimationAccuracy.of(baseline, latest))
        .extracting(KindAccuracy::kind, KindAccuracy::activities, KindAccuracy::plannedDays,
            KindAccuracy::actualDays, KindAccuracy::ratio)
        .containsExactly(tuple("build", 2, 15, 16, new BigDecimal("1.07")),
            tuple("test", 1, 4, 2, new BigDecimal("0.50")));
  }
}
