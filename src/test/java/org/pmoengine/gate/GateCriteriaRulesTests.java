package org.pmoengine.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmoengine.gate.GateFactsBuilder.atGate;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmoengine.budget.BudgetOutcome;
import org.pmoengine.project.Gate;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.scoring.RulesProperties;

/** Worked examples of rules/gate-criteria.drl: recommendation, reasons and explanation. */
class GateCriteriaRulesTests {

  static final String PROJECT = "PRJ-2026-0001";
  static GateCriteria criteria;

  @BeforeAll
  static void loadRules() {
    criteria = new GateCriteria(new RuleEngine(new RulesProperties(null)), null);
  }

  @Test
  void goesAtG1WhenBusinessCaseAndSponsorSignOffAreTickedBeforeAnyBaselineOrCost() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G1).withEveryDeliverable().build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.GO);
    assertThat(r.boardOfAll()).isFalse();
    assertThat(r.requiredDeliverables()).containsExactly("business-case", "sponsor-sign-off");
    assertThat(r.missingDeliverables()).isEmpty();
    assertThat(r.reasons()).containsExactly("Go: every criterion of gate G1 is met");
    assertThat(r.explanation()).isEqualTo(
        "Gate G1 (business case) of PRJ-2026-0001: GO. Go: every criterion of gate G1 is met.");
    assertThat(r.contributions()).containsExactly(new RuleContribution(
        "A gate with no finding is a Go", 0, "Go: every criterion of gate G1 is met"));
  }

  @Test
  void recyclesAtG1WithoutTheSponsorSignOff() {
    GateRecommendation r = criteria.assess(PROJECT,
        atGate(Gate.G1).withEveryDeliverableBut("sponsor-sign-off").build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.RECYCLE);
    assertThat(r.missingDeliverables()).containsExactly("sponsor-sign-off");
    assertThat(r.reasons())
        .containsExactly("Recycle: the sponsor sign-off required at G1 is not ticked");
    assertThat(r.explanation()).isEqualTo("Gate G1 (business case) of PRJ-2026-0001: RECYCLE."
        + " Recycle: the sponsor sign-off required at G1 is not ticked.");
  }

  @Test
  void goesAtG2WithEveryThresholdJustMet() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G2).withEveryDeliverable()
        .withSlip(10).withCpi("0.9").withSpi("0.900").withOpenHighRisks(2).withOverdueIssues(5)
        .withBudget("500000").build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.GO);
    assertThat(r.boardOfAll()).isFalse();
    assertThat(r.requiredDeliverables())
        .containsExactly("plan-baseline", "budget", "risk-register");
    assertThat(r.explanation()).isEqualTo("Gate G2 (plan and budget baseline) of PRJ-2026-0001:"
        + " GO. Go: every criterion of gate G2 is met.");
  }

  @Test
  void holdsAtG2ForSlipAndCostOverrunWithBothReasons() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G2).withEveryDeliverable()
        .withSlip(12).withCpi("0.85").withSpi("0.95").build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.HOLD);
    assertThat(r.reasons()).containsExactly(
        "Hold: the forecast finish slips 12 working days behind the baseline, more than 10",
        "Hold: the CPI 0.85 is under 0.9");
    assertThat(r.explanation()).isEqualTo("Gate G2 (plan and budget baseline) of PRJ-2026-0001:"
        + " HOLD. Hold: the forecast finish slips 12 working days behind the baseline, more than"
        + " 10. Hold: the CPI 0.85 is under 0.9.");
    assertThat(r.contributions()).extracting(RuleContribution::rule).containsExactly(
        "A forecast slip over 10 working days holds the gate", "A CPI under 0.9 holds the gate");
  }

  @Test
  void recyclesAtG3WhenTrainingIsMissingEvenThoughTheScheduleAlsoHolds() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G3)
        .withEveryDeliverableBut("training").withSpi("0.8").build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.RECYCLE);
    assertThat(r.requiredDeliverables()).containsExactly("test-report", "go-live-plan", "training");
    assertThat(r.missingDeliverables()).containsExactly("training");
    assertThat(r.reasons()).containsExactly(
        "Recycle: the training required at G3 is not ticked", "Hold: the SPI 0.8 is under 0.9");
    assertThat(r.explanation()).isEqualTo("Gate G3 (readiness) of PRJ-2026-0001: RECYCLE."
        + " Recycle: the training required at G3 is not ticked. Hold: the SPI 0.8 is under 0.9.");
  }

  @Test
  void recommendsKillingALargeProjectAtG3WithVeryPoorPerformanceAndHighRisks() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G3).withEveryDeliverable()
        .withSlip(30).withCpi("0.7").withSpi("0.74").withOpenHighRisks(4).withOverdueIssues(9)
        .withBudget("750000").build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.KILL);
    assertThat(r.boardOfAll()).isTrue();
    assertThat(r.reasons()).containsExactly(
        "Hold: the forecast finish slips 30 working days behind the baseline, more than 10",
        "Hold: the CPI 0.7 is under 0.9",
        "Hold: the SPI 0.74 is under 0.9",
        "Hold: 4 high risks are open, 3 or more hold the gate",
        "Hold: 9 open issues are overdue, more than 5",
        "Kill recommended: the CPI 0.7 and the SPI 0.74 are both under 0.75 with 4 open high"
            + " risks");
    assertThat(r.explanation()).isEqualTo("Gate G3 (readiness) of PRJ-2026-0001: KILL."
        + " Hold: the forecast finish slips 30 working days behind the baseline, more than 10."
        + " Hold: the CPI 0.7 is under 0.9. Hold: the SPI 0.74 is under 0.9."
        + " Hold: 4 high risks are open, 3 or more hold the gate."
        + " Hold: 9 open issues are overdue, more than 5."
        + " Kill recommended: the CPI 0.7 and the SPI 0.74 are both under 0.75 with 4 open high"
        + " risks. Every gate-board member reviews the gate because the budget 750,000 exceeds"
        + " 500,000.");
  }

  @Test
  void killOutranksAMissingDeliverable() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G4)
        .withEveryDeliverableBut("handover").withCpi("0.6").withSpi("0.5").withOpenHighRisks(3)
        .build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.KILL);
    assertThat(r.reasons()).first()
        .isEqualTo("Recycle: the handover required at G4 is not ticked");
    assertThat(r.reasons()).hasSize(5);
  }

  @Test
  void goesAtG4WhenAcceptanceLessonsAndHandoverAreTicked() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G4).withEveryDeliverable()
        .withSlip(-3).withCpi("1.05").withSpi("1.1").withBudget("900000").build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.GO);
    assertThat(r.boardOfAll()).isTrue();
    assertThat(r.requiredDeliverables())
        .containsExactly("acceptance", "lessons-learned", "handover");
    assertThat(r.reasons()).containsExactly("Go: every criterion of gate G4 is met");
    assertThat(r.explanation()).isEqualTo("Gate G4 (closure) of PRJ-2026-0001: GO."
        + " Go: every criterion of gate G4 is met. Every gate-board member reviews the gate"
        + " because the budget 900,000 exceeds 500,000.");
  }

  @Test
  void recyclesAtG4ListingEveryMissingDeliverableInOrder() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G4).ticking("handover").build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.RECYCLE);
    assertThat(r.missingDeliverables()).containsExactly("acceptance", "lessons-learned");
    assertThat(r.reasons()).containsExactly(
        "Recycle: the acceptance required at G4 is not ticked",
        "Recycle: the lessons learned required at G4 is not ticked");
  }

  @Test
  void ignoresTickedDeliverablesThatTheGateDoesNotRequire() {
    GateRecommendation r = criteria.assess(PROJECT,
        atGate(Gate.G2).ticking("business-case", "training", "budget").build());

    assertThat(r.missingDeliverables()).containsExactly("plan-baseline", "risk-register");
  }

  @ParameterizedTest(name = "slip {0}, CPI {1}, SPI {2}, high risks {3}, overdue {4} -> {5}")
  @CsvSource(nullValues = "null", textBlock = """
      10,   0.9,   0.9,   2, 5, GO
      11,   0.9,   0.9,   2, 5, HOLD
      -20,  0.9,   0.9,   2, 5, GO
      null, 0.9,   0.9,   2, 5, GO
      10,   0.899, 0.9,   2, 5, HOLD
      10,   0.9,   0.899, 2, 5, HOLD
      10,   null,  null,  2, 5, GO
      10,   0.9,   0.9,   3, 5, HOLD
      10,   0.9,   0.9,   2, 6, HOLD
      0,    0.749, 0.749, 3, 0, KILL
      0,    0.75,  0.749, 3, 0, HOLD
      0,    0.749, 0.75,  3, 0, HOLD
      0,    0.749, 0.749, 2, 0, HOLD
      0,    null,  0.5,   9, 0, HOLD
      """)
  void appliesEachThresholdAtItsBoundary(Integer slip, String cpi, String spi, int highRisks,
      int overdue, Recommendation expected) {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G3).withEveryDeliverable()
        .withSlip(slip).withCpi(cpi).withSpi(spi).withOpenHighRisks(highRisks)
        .withOverdueIssues(overdue).build());

    assertThat(r.recommendation()).isEqualTo(expected);
    assertThat(r.reasons()).isNotEmpty();
  }

  @ParameterizedTest(name = "budget {0} -> every board member: {1}")
  @CsvSource(textBlock = """
      0,         false
      500000,    false
      500000.01, true
      2000000,   true
      """)
  void needsEveryGateBoardMemberOnlyAboveTheLargeProjectThreshold(String budget, boolean all) {
    GateRecommendation r = criteria.assess(PROJECT,
        atGate(Gate.G2).withEveryDeliverable().withBudget(budget).build());

    assertThat(r.boardOfAll()).isEqualTo(all);
    assertThat(r.recommendation()).isEqualTo(Recommendation.GO);
  }

  @Test
  void namesTheDeliverablesEachGateRequires() {
    assertThat(criteria.requiredDeliverables(Gate.G1))
        .containsExactly("business-case", "sponsor-sign-off");
    assertThat(criteria.requiredDeliverables(Gate.G2))
        .containsExactly("plan-baseline", "budget", "risk-register");
    assertThat(criteria.requiredDeliverables(Gate.G3))
        .containsExactly("test-report", "go-live-plan", "training");
    assertThat(criteria.requiredDeliverables(Gate.G4))
        .containsExactly("acceptance", "lessons-learned", "handover");
  }

  @Test
  void recordsTheRulesVersionButNoDecisionWhenOnlyAssessing() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G1).build());

    assertThat(r.rulesVersion()).matches("[0-9a-f]{12}");
    assertThat(r.decisionId()).isNull();
  }

  @Test
  void recyclesAtG2WhenFinanceRejectedTheBudgetThoughEveryOtherCriterionIsMet() {
    GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G2).withEveryDeliverable()
        .withBudgetOutcome(BudgetOutcome.REJECTED).build());

    assertThat(r.recommendation()).isEqualTo(Recommendation.RECYCLE);
    assertThat(r.reasons()).containsExactly("Recycle: the budget was rejected at its latest"
        + " validation; revise the plan and the budget before gate G2");
    assertThat(r.contributions()).extracting(RuleContribution::rule).containsExactly(
        "A budget rejected at its latest validation recycles the project to its stage");
  }

  @Test
  void aRejectedBudgetOutranksAHoldButNotAKill() {
    GateRecommendation holdAndRejected = criteria.assess(PROJECT, atGate(Gate.G3)
        .withEveryDeliverable().withSlip(12).withBudgetOutcome(BudgetOutcome.REJECTED).build());
    GateRecommendation killAndRejected = criteria.assess(PROJECT, atGate(Gate.G3)
        .withEveryDeliverable().withCpi("0.7").withSpi("0.7").withOpenHighRisks(3)
        .withBudgetOutcome(BudgetOutcome.REJECTED).build());

    assertThat(holdAndRejected.recommendation()).isEqualTo(Recommendation.RECYCLE);
    assertThat(holdAndRejected.reasons()).hasSize(2);
    assertThat(killAndRejected.recommendation()).isEqualTo(Recommendation.KILL);
  }

  @Test
  void goesWhenTheBudgetWasApprovedOrWithinToleranceOrNeverValidated() {
    for (BudgetOutcome outcome : new BudgetOutcome[] {
        BudgetOutcome.APPROVED, BudgetOutcome.WITHIN_TOLERANCE, null}) {
      GateRecommendation r = criteria.assess(PROJECT, atGate(Gate.G2).withEveryDeliverable()
          .withBudgetOutcome(outcome).build());

      assertThat(r.recommendation()).as("budget %s", outcome).isEqualTo(Recommendation.GO);
    }
  }

  @Test
  void refusesFactsThatCannotBeTrue() {
    assertThatThrownBy(() -> new GateFacts(Gate.G2, Set.of(), 0, null, null, -1, 0,
        BigDecimal.TEN, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openHighRisks");
    assertThatThrownBy(() -> new GateFacts(Gate.G2, Set.of(), 0, null, null, 0, 0, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
    assertThatThrownBy(() -> new GateFacts(null, Set.of(), 0, null, null, 0, 0, BigDecimal.TEN, null))
        .isInstanceOf(NullPointerException.class);
  }
}
