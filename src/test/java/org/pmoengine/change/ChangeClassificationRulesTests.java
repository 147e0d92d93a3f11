package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.change.ChangeFactsBuilder.aChange;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.scoring.RulesProperties;

/** Worked examples of rules/change-classification.drl on a project with a budget of 100,000. */
class ChangeClassificationRulesTests {

  static final String CHANGE = "CHG-2026-0001";
  static ChangeRules rules;

  @BeforeAll
  static void loadRules() {
    rules = new ChangeRules(new RuleEngine(new RulesProperties(null)), null);
  }

  @Test
  void aTwoDaySlipCosting2000IsMinorAndTheProjectManagerApproves() {
    ChangeClassification c = rules.classify(CHANGE, aChange().slipping(2).costing(2000).build());

    assertThat(c.changeClass()).isEqualTo(ChangeClass.MINOR);
    assertThat(c.approver()).isEqualTo(Approver.PROJECT_MANAGER);
    assertThat(c.explanation()).isEqualTo("Change CHG-2026-0001: MINOR, approved by project"
        + " manager. Minor: the finish moves 2 working days, the cost 2 % of the budget, no"
        + " scope, budget or baseline milestone changes. The project manager approves a minor"
        + " change.");
    assertThat(c.contributions()).extracting(RuleContribution::rule).containsExactly(
        "A change within every tolerance is minor",
        "A minor change is approved by the project manager");
  }

  @Test
  void aMinorChangeTheProjectManagerRaisedGoesToTheChangeBoard() {
    ChangeClassification c = rules.classify(CHANGE,
        aChange().slipping(1).raisedByTheManager().build());

    assertThat(c.changeClass()).isEqualTo(ChangeClass.MINOR);
    assertThat(c.approver()).isEqualTo(Approver.CHANGE_BOARD);
  }

  @ParameterizedTest(name = "slip {0} working days: {1}")
  @CsvSource({"5, MINOR, PROJECT_MANAGER", "6, MAJOR, CHANGE_BOARD", "20, MAJOR, CHANGE_BOARD",
      "21, CRITICAL, GATE_BOARD", "-4, MINOR, PROJECT_MANAGER"})
  void theSlipDecidesTheClassAtFiveAndTwentyWorkingDays(int slip, ChangeClass expected,
      Approver approver) {
    ChangeClassification c = rules.classify(CHANGE, aChange().slipping(slip).build());

    assertThat(c.changeClass()).isEqualTo(expected);
    assertThat(c.approver()).isEqualTo(approver);
  }

  @ParameterizedTest(name = "cost {0} of 100,000: {1}")
  @CsvSource({"5000, MINOR", "5001, MAJOR", "15000, MAJOR", "15001, CRITICAL"})
  void theCostDecidesTheClassAtFiveAndFifteenPercentOfTheBudget(int cost, ChangeClass expected) {
    assertThat(rules.classify(CHANGE, aChange().costing(cost).build()).changeClass())
        .isEqualTo(expected);
  }

  @Test
  void anAddedActivityChangesTheScopeAndTheChangeBoardApproves() {
    ChangeClassification c = rules.classify(CHANGE, aChange().adding(1).costing(2000).build());

    assertThat(c.changeClass()).isEqualTo(ChangeClass.MAJOR);
    assertThat(c.approver()).isEqualTo(Approver.CHANGE_BOARD);
    assertThat(c.reasons()).containsExactly(
        "Major: the scope changes (1 activities added, 0 removed)",
        "The change board approves a major change");
  }

  @Test
  void movingABaselineMilestoneTwoDaysIsMajorAndElevenDaysCritical() {
    assertThat(rules.classify(CHANGE, aChange().slipping(2).movingABaselineMilestone(2).build())
        .changeClass()).isEqualTo(ChangeClass.MAJOR);
    ChangeClassification c = rules.classify(CHANGE,
        aChange().slipping(2).movingABaselineMilestone(11).build());
    assertThat(c.changeClass()).isEqualTo(ChangeClass.CRITICAL);
    assertThat(c.approver()).isEqualTo(Approver.GATE_BOARD);
    assertThat(c.reasons()).first().isEqualTo("Critical: a baseline milestone moves to 11"
        + " working days past its baseline date, more than 10");
  }

  @Test
  void budgetUpTo50000IsMajorForTheChangeBoardAndAboveItGoesToTheGateBoard() {
    ChangeClassification small = rules.classify(CHANGE,
        aChange().askingBudget(50000).build());
    assertThat(small.changeClass()).isEqualTo(ChangeClass.MAJOR);
    assertThat(small.approver()).isEqualTo(Approver.CHANGE_BOARD);

    ChangeClassification large = rules.classify(CHANGE, aChange().askingBudget(60000).build());
    assertThat(large.changeClass()).isEqualTo(ChangeClass.MAJOR);
    assertThat(large.approver()).isEqualTo(Approver.GATE_BOARD);
    assertThat(large.explanation()).isEqualTo("Change CHG-2026-0001: MAJOR, approved by gate"
        + " board. Major: the change asks for 60,000 more budget. The change board approves a"
        + " major change. The gate board approves: the change asks for 60,000 more budget, over"
        + " 50,000.");
  }

  @Test
  void theMostSevereCriterionWinsAndEveryReasonIsKept() {
    ChangeClassification c = rules.classify(CHANGE,
        aChange().slipping(25).costing(8000).removing(2).build());

    assertThat(c.changeClass()).isEqualTo(ChangeClass.CRITICAL);
    assertThat(c.approver()).isEqualTo(Approver.GATE_BOARD);
    assertThat(c.reasons()).hasSize(4).contains(
        "Critical: the forecast finish moves 25 working days later, more than 20",
        "Major: the change costs 8,000, 8 % of the budget, more than 5 %",
        "Major: the scope changes (0 activities added, 2 removed)");
  }
}
