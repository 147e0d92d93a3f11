package org.pmoengine.gate;

import java.util.List;
import org.pmoengine.project.Gate;
import org.pmoengine.scoring.RuleContribution;

/**
 * The gate criteria's recommendation to the gate board.
 *
 * @param gate the gate assessed
 * @param recommendation the most severe outcome of all criteria
 * @param boardOfAll true when the project is large enough that every gate-board member reviews it
 * @param requiredDeliverables ids of the deliverables the rules require at this gate, in order
 * @param missingDeliverables the required ones that are not ticked
 * @param reasons the sentences behind the recommendation, every failed criterion kept
 * @param contributions every rule that fired, in firing order
 * @param explanation one paragraph for people, built from the contributions
 * @param rulesVersion content hash of the rule files that decided
 * @param decisionId id of the stored decision record, null when not stored
 */
public record GateRecommendation(
    Gate gate,
    Recommendation recommendation,
    boolean boardOfAll,
    List<String> requiredDeliverables,
    List<String> missingDeliverables,
    List<String> reasons,
    List<RuleContribution> contributions,
    String explanation,
    String rulesVersion,
    Long decisionId) {

  GateRecommendation withDecisionId(Long id) {
    return new GateRecommendation(gate, recommendation, boardOfAll, requiredDeliverables,
        missingDeliverables, reasons, contributions, explanation, rulesVersion, id);
  }
}
