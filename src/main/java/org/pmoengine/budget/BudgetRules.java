package org.pmoengine.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.pmoengine.project.WarningLevel;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who approves a project's forecast and how loud the overrun warning is, with the rules
 * in {@code rules/budget-validation.drl}.
 */
@Service
public class BudgetRules {

  /** The decision area of budget validation in the decision log. */
  public static final String DECISION_AREA = "budget-validation";

  /** What the decision log keeps as the inputs of a budget decision. */
  record Inputs(BigDecimal budget, EarnedValue earnedValue) {}

  /** What the decision log keeps as the outcome of a budget decision. */
  record Outcome(List<String> requiredApprovals, WarningLevel warningLevel,
      BigDecimal variancePercent) {}

  private final RuleEngine rules;
  private final DecisionLog decisions;

  public BudgetRules(RuleEngine rules, DecisionLog decisions) {
    this.rules = rules;
    this.decisions = decisions;
  }

  /** Evaluates the rules; stores nothing. */
  public BudgetVerdict assess(String projectKey, EarnedValue earnedValue, BigDecimal budget) {
    Objects.requireNonNull(earnedValue, "earnedValue");
    if (budget == null || budget.signum() <= 0) {
      throw new IllegalArgumentException("The budget of " + projectKey
          + " must be positive to compare the forecast with it, was " + budget);
    }
    BudgetAssessment assessment = new BudgetAssessment(budget, earnedValue);
    String version = rules.evaluate(assessment);
    return assessment.toVerdict(projectKey, version, null);
  }

  /** Evaluates the rules and stores the verdict with its inputs, contributions and version. */
  @Transactional
  public BudgetVerdict assessAndRecord(String projectKey, EarnedValue earnedValue,
      BigDecimal budget) {
    BudgetVerdict v = assess(projectKey, earnedValue, budget);
    DecisionRecord decision = decisions.record(DECISION_AREA, projectKey, v.rulesVersion(),
        new Inputs(budget, earnedValue),
        new Outcome(v.requiredApprovals(), v.warningLevel(), v.variancePercent()),
        v.contributions(), v.explanation());
    return v.withDecisionId(decision.getId());
  }
}
