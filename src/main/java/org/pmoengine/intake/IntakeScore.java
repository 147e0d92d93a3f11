package org.pmoengine.intake;

import java.util.List;
import org.pmoengine.scoring.RuleContribution;

/**
 * The intake rules' verdict on a request.
 *
 * @param score 0–100, higher first
 * @param priorityClass P1 (highest) to P4
 * @param route where the request goes next
 * @param weightedScore the weighted multi-criteria part, 0–100
 * @param wsjf weighted shortest job first: cost of delay divided by job size
 * @param contributions every rule that fired, in firing order
 * @param explanation one paragraph for people, built from the contributions
 * @param rulesVersion content hash of the rule files that decided
 * @param decisionId id of the stored decision record, null when not stored
 */
public record IntakeScore(
    int score,
    String priorityClass,
    Route route,
    double weightedScore,
    double wsjf,
    List<RuleContribution> contributions,
    String explanation,
    String rulesVersion,
    Long decisionId) {}
