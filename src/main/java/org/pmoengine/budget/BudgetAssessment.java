package org.pmoengine.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pmoengine.project.WarningLevel;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleTrail;
import org.pmoengine.security.PmoGroups;

/**
 * The one fact the budget rules work on: the budget, the estimate at completion and how far apart
 * they are (read-only), and the approvals and warning the rules require. Every threshold is in
 * {@code rules/budget-validation.drl}; this class only collects what the rules record.
 */
public final class BudgetAssessment {

  private final BigDecimal budgetAmount;
  private final BigDecimal eacAmount;
  private final BigDecimal variance;
  private final double budget;
  private final double estimateAtCompletion;
  private final double actualCost;
  private final double variancePercent;

  private final RuleTrail trail = new RuleTrail();
  private final Set<String> approvals = new LinkedHashSet<>();
  private WarningLevel warningLevel;

  public BudgetAssessment(BigDecimal budget, EarnedValue earnedValue) {
    this.budgetAmount = budget;
    this.eacAmount = earnedValue.estimateAtCompletion();
    this.variance = eacAmount.subtract(budget).multiply(BigDecimal.valueOf(100))
        .divide(budget, 6, RoundingMode.HALF_UP);
    this.budget = budget.doubleValue();
    this.estimateAtCompletion = eacAmount.doubleValue();
    this.actualCost = earnedValue.actualCost().doubleValue();
    this.variancePercent = variance.doubleValue();
  }

  /** A group that must approve the forecast, and the warning that goes with it. */
  public void requireApproval(String rule, String group, WarningLevel level, String sentence,
      Object... args) {
    approvals.add(group);
    warningLevel = level.atLeast(warningLevel);
    trail.note(rule, sentence, args);
  }

  /** The forecast needs nobody's approval. */
  public void noApproval(String rule, String sentence, Object... args) {
    warningLevel = WarningLevel.NONE.atLeast(warningLevel);
    trail.note(rule, sentence, args);
  }

  /** A remark on the figures that changes nothing. */
  public void note(String rule, String sentence, Object... args) {
    trail.note(rule, sentence, args);
  }

  /** The verdict for callers, with the sentences written out. */
  public BudgetVerdict toVerdict(String projectKey, String rulesVersion, Long decisionId) {
    if (warningLevel == null) {
      throw new IllegalStateException("The budget rules left " + projectKey + " undecided");
    }
    List<RuleContribution> contributions = trail.contributions();
    List<String> groups = new ArrayList<>(approvals);
    String approval = groups.isEmpty() ? "no approval needed"
        : "approval by " + String.join(" and ",
            groups.stream().map(BudgetAssessment::who).toList());
    String headline = "Budget of " + projectKey + ": " + switch (warningLevel) {
      case NONE -> "within tolerance";
      case WARNING -> "over the tolerance";
      case CRITICAL -> "far over the tolerance";
    } + ", " + approval;
    return new BudgetVerdict(List.copyOf(groups), warningLevel, budgetAmount, eacAmount,
        variance.setScale(2, RoundingMode.HALF_UP),
        contributions.stream().map(RuleContribution::reason).toList(), contributions,
        trail.explanation(headline), rulesVersion, decisionId);
  }

  /** An approving group in words for the explanation: {@code gate-board} is "the gate board". */
  private static String who(String group) {
    return group.equals(PmoGroups.GATE_BOARD) ? "the gate board" : group.replace('-', ' ');
  }

  public double getBudget() {
    return budget;
  }

  public double getEstimateAtCompletion() {
    return estimateAtCompletion;
  }

  public double getActualCost() {
    return actualCost;
  }

  public double getVariancePercent() {
    return variancePercent;
  }

  public WarningLevel getWarningLevel() {
    return warningLevel;
  }
}
