package org.pmoengine.change;

import java.util.List;
import org.pmoengine.scoring.RuleContribution;

/**
 * What the change classification rules decide.
 *
 * @param changeClass minor, major or critical
 * @param approver who approves the change
 * @param reasons every sentence of the rules that fired, in firing order
 * @param contributions every rule that fired, in firing order
 * @param explanation one paragraph for people
 * @param rulesVersion content hash of the rule files that decided
 * @param decisionId id of the stored decision record, null when not stored
 */
public record ChangeClassification(
    ChangeClass changeClass,
    Approver approver,
    List<String> reasons,
    List<RuleContribution> contributions,
    String explanation,
    String rulesVersion,
    Long decisionId) {

  ChangeClassification withDecisionId(Long id) {
    return new ChangeClassification(changeClass, approver, reasons, contributions, explanation,
        rulesVersion, id);
  }
}
