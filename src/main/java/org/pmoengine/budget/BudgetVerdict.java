package org.pmoengine.budget;

import java.math.BigDecimal;
import java.util.List;
import org.pmoengine.project.WarningLevel;
import org.pmoengine.scoring.RuleContribution;

/**
 * What the budget rules decide about a project's forecast.
 *
 * @param requiredApprovals the groups that must approve, in order ({@code finance}, {@code
 *     gate-board}); empty when none is needed
 * @param warningLevel how loud the overrun warning is
 * @param budget the approved budget
 * @param estimateAtCompletion EAC from the earned value
 * @param variancePercent how far EAC lies over the budget, in percent (negative when under), two
 *     decimals
 * @param reasons the sentences behind the verdict
 * @param contributions every rule that fired, in firing order
 * @param explanation one paragraph for people, built from the contributions
 * @param rulesVersion content hash of the rule files that decided
 * @param decisionId id of the stored decision record, null when not stored
 */
public record BudgetVerdict(
    List<String> requiredApprovals,
    WarningLevel warningLevel,
    BigDecimal budget,
    BigDecimal estimateAtCompletion,
    BigDecimal variancePercent,
    List<String> reasons,
    List<RuleContribution> contributions,
    String explanation,
    String rulesVersion,
    Long decisionId) {

  /** True when anyone has to approve before the project goes on. */
  public boolean needsApproval() {
    return !requiredApprovals.isEmpty();
  }

  BudgetVerdict withDecisionId(Long id) {
    return new BudgetVerdict(requiredApprovals, warningLevel, budget, estimateAtCompletion,
        variancePercent, reasons, contributions, explanation, rulesVersion, id);
  }
}
