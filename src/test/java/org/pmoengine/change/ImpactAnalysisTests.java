package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.Schedule;

/**
 * Impact of a change on a small plan checked by hand. Start Monday 4 January 2027, Monday to
 * Friday: design (5 days) → build (10) and docs (3) → go-live (milestone). Build is critical, so
 * go-live falls on working day 15, Monday 25 January.
 */
class ImpactAnalysisTests {

  static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  static Plan plan() {
    return Plan.of(MONDAY,
        List.of(Activity.of("design", "Design", 5), Activity.of("build", "Build", 10),
            Activity.of("docs", "Docs", 3), Activity.of("live", "Go live", 0)),
        List.of(link("design", "build"), link("design", "docs"), link("build", "live"),
            link("docs", "live")));
  }

  @Test
  void longerDocsMoveTheFinishAndTakeOverTheCriticalPath() {
    // docs 5..17 instead of 5..8: go-live on working day 17, Wednesday 27 January
    ChangeImpact impact = ImpactAnalysis.analyse(plan(),
        List.of(new PlanChange.Reestimate("docs", 12)));

    assertThat(impact.finishBefore()).isEqualTo(LocalDate.of(2027, 1, 25));
    assertThat(impact.finishAfter()).isEqualTo(LocalDate.of(2027, 1, 27));
    assertThat(impact.slipWorkingDays()).isEqualTo(2);
    assertThat(impact.newlyCritical()).containsExactly("docs");
    assertThat(impact.noLongerCritical()).containsExactly("build");
    assertThat(impact.newlyOverallocated()).isEmpty();
  }

  @Test
  void aMovedMilestoneAndANewActivityAreBothSimulated() {
    // testing (4 days) after build: go-live on day 19; not before 5 February (day 24) moves it on
    ChangeImpact impact = ImpactAnalysis.analyse(plan(), List.of(
        new PlanChange.AddActivity(Activity.of("test", "Testing", 4),
            List.of(link("build", "test"), link("test", "live"))),
        new PlanChange.MoveMilestone("live", LocalDate.of(2027, 2, 5))));

    assertThat(impact.finishAfter()).isEqualTo(LocalDate.of(2027, 2, 5));
    assertThat(impact.slipWorkingDays()).isEqualTo(9);
  }

  @Test
  void lessCapacityThanABuildNeedsIsReportedAsNewlyOverallocated() {
    Plan withCrew = plan().withActivities(plan().activities().stream()
            .map(a -> a.id().equals("build") ? a.withDemand("crew", 2) : a).toList())
        .withResources(List.of(new Resource("crew", "Crew", 2)));

    ChangeImpact impact = ImpactAnalysis.analyse(withCrew,
        List.of(new PlanChange.ChangeCapacity("crew", 1)));

    assertThat(impact.newlyOverallocated()).containsExactly("crew");
  }

  @Test
  void aChangeNamingAnUnknownActivityIsRefusedAndNamesIt() {
    Plan before = plan();

    assertThatThrownBy(() -> ImpactAnalysis.analyse(before,
        List.of(new PlanChange.Reestimate("ghost", 3))))
        .isInstanceOf(PlanValidationException.class)
        .hasMessage("The change can't be applied: the plan has no activity ghost.");
    assertThat(before.activities()).extracting(Activity::id)
        .containsExactly("design", "build", "docs", "live");
  }

  @Test
  void longerDocsCostTheirShareOfTheBudgetAndMoveTheBaselineGoLive() {
    // 18 planned working days carry the budget of 100,000: 9 more days of docs cost 50,000
    Schedule baseline = CriticalPathMethod.schedule(plan());
    ChangeImpact impact = ImpactAnalysis.analyse(plan(),
        List.of(new PlanChange.Reestimate("docs", 12)), baseline,
        new ImpactAnalysis.CostBasis(new BigDecimal("100000"), new BigDecimal("100000"),
            BigDecimal.ZERO));

    assertThat(impact.cost().costChange()).isEqualByComparingTo("50000");
    assertThat(impact.cost().costChangePercent()).isEqualTo(50.0);
    assertThat(impact.cost().eacBefore()).isEqualByComparingTo("100000");
    assertThat(impact.cost().eacAfter()).isEqualByComparingTo("150000");
    assertThat(impact.cost().budgetAfter()).isEqualByComparingTo("100000");
    assertThat(impact.movedBaselineMilestones()).containsExactly(new ChangeImpact.MovedMilestone(
        "live", LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 27), 2));
    assertThat(impact.baselineMilestoneSlipDays()).isEqualTo(2);
  }

  @Test
  void anOverrunningProjectCarriesItsCostPerformanceToTheNewWorkAndAddsTheBudgetAsked() {
    // EAC 125,000 on a budget of 100,000; testing adds 4 of 18 days: 22,222.22 of work at the
    // budget's rate, EAC 125,000 x 22 / 18 = 152,777.78, plus 10,000 asked for a licence
    ChangeImpact impact = ImpactAnalysis.analyse(plan(), List.of(
            new PlanChange.AddActivity(Activity.of("test", "Testing", 4),
                List.of(link("build", "test"), link("test", "live")))),
        CriticalPathMethod.schedule(plan()),
        new ImpactAnalysis.CostBasis(new BigDecimal("100000"), new BigDecimal("125000"),
            new BigDecimal("10000")));

    assertThat(impact.addedActivities()).containsExactly("test");
    assertThat(impact.removedActivities()).isEmpty();
    assertThat(impact.cost().costChange()).isEqualByComparingTo("32222.22");
    assertThat(impact.cost().eacAfter()).isEqualByComparingTo("162777.78");
    assertThat(impact.cost().budgetAfter()).isEqualByComparingTo("110000");
    assertThat(impact.baselineMilestoneSlipDays()).isEqualTo(4);
  }

  @Test
  void aChangeThatKeepsGoLiveWhereItWasMovesNoBaselineMilestone() {
    // docs has 7 days of float: 5 more days take it to day 13, go-live stays on day 15
    ChangeImpact impact = ImpactAnalysis.analyse(plan(),
        List.of(new PlanChange.Reestimate("docs", 8), new PlanChange.RemoveActivity("design")),
        CriticalPathMethod.schedule(plan()), null);

    assertThat(impact.movedBaselineMilestones()).isEmpty();
    assertThat(impact.removedActivities()).containsExactly("design");
    assertThat(impact.slipWorkingDays()).isEqualTo(-5);
  }

  private static Dependency link(String from, String to) {
    return new Dependency(from, to, DependencyType.FS, 0);
  }
}
