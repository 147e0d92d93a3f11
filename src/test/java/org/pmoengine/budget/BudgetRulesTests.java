package org.pmoengine.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmoengine.project.WarningLevel;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.scoring.RulesProperties;

/** Worked examples of rules/budget-validation.drl: approvals, warning level and explanation. */
class BudgetRulesTests {

  static final String PROJECT = "PRJ-2026-0003";
  static final BigDecimal BUDGET = new BigDecimal("100000");
  static BudgetRules budgetRules;

  @BeforeAll
  static void loadRules() {
    budgetRules = new BudgetRules(new RuleEngine(new RulesProperties(null)), null);
  }

  /** Half the work of a 100,000 budget is done for the given actual cost. */
  static EarnedValue halfDoneFor(String actualCost) {
    return EarnedValue.of(BUDGET, 0.5, 0.5, new BigDecimal(actualCost));
  }

  @Test
  void keepsTheBudgetAsEacBeforeAnyCostAndNeedsNoApproval() {
    EarnedValue ev = EarnedValue.of(new BigDecimal("80000"), 0.0, 0.0, BigDecimal.ZERO);

    BudgetVerdict v = budgetRules.assess(PROJECT, ev, new BigDecimal("80000"));

    assertThat(v.estimateAtCompletion()).isEqualByComparingTo("80000");
    assertThat(v.variancePercent()).isEqualByComparingTo("0");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.NONE);
    assertThat(v.requiredApprovals()).isEmpty();
    assertThat(v.needsApproval()).isFalse();
    assertThat(v.reasons()).containsExactly(
        "No cost is booked yet, so the EAC is the budget itself",
        "No approval needed: the EAC 80,000 is within the budget 80,000");
    assertThat(v.explanation()).isEqualTo("Budget of PRJ-2026-0003: within tolerance, no approval needed."
        + " No cost is booked yet, so the EAC is the budget itself. No approval needed: the EAC"
        + " 80,000 is within the budget 80,000.");
  }

  @Test
  void needsNoApprovalAtExactlyTenPercentOver() {
    BudgetVerdict v = budgetRules.assess(PROJECT, halfDoneFor("55000"), BUDGET);

    assertThat(v.estimateAtCompletion()).isEqualByComparingTo("110000");
    assertThat(v.variancePercent()).isEqualByComparingTo("10.00");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.NONE);
    assertThat(v.requiredApprovals()).isEmpty();
    assertThat(v.reasons()).containsExactly("No approval needed: the EAC 110,000 is 10 % over"
        + " the budget 100,000, not more than 10 %");
  }

  @Test
  void asksFinanceJustOverTenPercent() {
    BudgetVerdict v = budgetRules.assess(PROJECT, halfDoneFor("55000.01"), BUDGET);

    assertThat(v.estimateAtCompletion()).isEqualByComparingTo("110000.02");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.WARNING);
    assertThat(v.requiredApprovals()).containsExactly("finance");
    assertThat(v.contributions()).extracting(RuleContribution::rule)
        .containsExactly("An EAC more than 10 % over the budget needs finance approval");
  }

  @Test
  void asksOnlyFinanceAtExactlyTwentyFivePercentOver() {
    BudgetVerdict v = budgetRules.assess(PROJECT, halfDoneFor("62500"), BUDGET);

    assertThat(v.estimateAtCompletion()).isEqualByComparingTo("125000");
    assertThat(v.variancePercent()).isEqualByComparingTo("25.00");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.WARNING);
    assertThat(v.requiredApprovals()).containsExactly("finance");
    assertThat(v.explanation()).isEqualTo("Budget of PRJ-2026-0003: over the tolerance, approval by finance."
        + " Finance approves: the EAC 125,000 is 25 % over the budget 100,000, more than 10 %.");
  }

  @Test
  void asksFinanceAndTheGateBoardJustOverTwentyFivePercent() {
    BudgetVerdict v = budgetRules.assess(PROJECT, halfDoneFor("62500.01"), BUDGET);

    assertThat(v.estimateAtCompletion()).isEqualByComparingTo("125000.02");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.CRITICAL);
    assertThat(v.requiredApprovals()).containsExactly("finance", "gate-board");
  }

  @Test
  void explainsACriticalOverrunWithBothApprovals() {
    EarnedValue ev = EarnedValue.of(BUDGET, 0.5, 0.4, new BigDecimal("52000"));

    BudgetVerdict v = budgetRules.assess(PROJECT, ev, BUDGET);

    assertThat(v.estimateAtCompletion()).isEqualByComparingTo("130000");
    assertThat(v.variancePercent()).isEqualByComparingTo("30.00");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.CRITICAL);
    assertThat(v.requiredApprovals()).containsExactly("finance", "gate-board");
    assertThat(v.needsApproval()).isTrue();
    assertThat(v.reasons()).containsExactly(
        "Finance approves: the EAC 130,000 is 30 % over the budget 100,000, more than 10 %",
        "The gate board approves as well: the EAC 130,000 is 30 % over the budget 100,000, more"
            + " than 25 %");
    assertThat(v.explanation()).isEqualTo("Budget of PRJ-2026-0003: far over the tolerance, approval by"
        + " finance and the gate board. Finance approves: the EAC 130,000 is 30 % over the budget"
        + " 100,000, more than 10 %. The gate board approves as well: the EAC 130,000 is 30 % over"
        + " the budget 100,000, more than 25 %.");
  }

  @Test
  void asksFinanceWhenCostIsBookedButNothingIsEarnedYet() {
    EarnedValue ev = EarnedValue.of(BUDGET, 0.1, 0.0, new BigDecimal("20000"));

    BudgetVerdict v = budgetRules.assess(PROJECT, ev, BUDGET);

    assertThat(v.estimateAtCompletion()).isEqualByComparingTo("120000");
    assertThat(v.requiredApprovals()).containsExactly("finance");
    assertThat(v.reasons()).containsExactly(
        "Finance approves: the EAC 120,000 is 20 % over the budget 100,000, more than 10 %");
  }

  @Test
  void needsNoApprovalWhenTheForecastIsUnderTheBudget() {
    EarnedValue ev = EarnedValue.of(new BigDecimal("200000"), 0.25, 0.30, new BigDecimal("48000"));

    BudgetVerdict v = budgetRules.assess(PROJECT, ev, new BigDecimal("200000"));

    assertThat(v.variancePercent()).isEqualByComparingTo("-20.00");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.NONE);
    assertThat(v.reasons()).containsExactly(
        "No approval needed: the EAC 160,000 is within the budget 200,000");
  }

  @Test
  void comparesTheForecastWithTheApprovedBudgetGiven() {
    EarnedValue ev = EarnedValue.of(BUDGET, 0.5, 0.4, new BigDecimal("52000"));

    BudgetVerdict v = budgetRules.assess(PROJECT, ev, new BigDecimal("120000"));

    assertThat(v.variancePercent()).isEqualByComparingTo("8.33");
    assertThat(v.warningLevel()).isEqualTo(WarningLevel.NONE);
  }

  @ParameterizedTest(name = "actual cost {0} for half the work of 100,000 -> {1} {2}")
  @CsvSource(textBlock = """
      40000,    NONE,     ''
      50000,    NONE,     ''
      54999.99, NONE,     ''
      55000,    NONE,     ''
      55000.01, WARNING,  finance
      62500,    WARNING,  finance
      62500.01, CRITICAL, finance gate-board
      90000,    CRITICAL, finance gate-board
      """)
  void appliesTheTenAndTwentyFivePercentThresholds(String actualCost, WarningLevel level,
      String approvals) {
    BudgetVerdict v = budgetRules.assess(PROJECT, halfDoneFor(actualCost), BUDGET);

    assertThat(v.warningLevel()).isEqualTo(level);
    assertThat(String.join(" ", v.requiredApprovals())).isEqualTo(approvals);
  }

  @Test
  void refusesABudgetThatIsNotPositive() {
    assertThatThrownBy(() -> budgetRules.assess(PROJECT, halfDoneFor("1000"), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRJ-2026-0003");
  }
}
