package org.pmoengine.status;

import java.util.List;
import org.pmoengine.project.Rag;
import org.pmoengine.scoring.RuleContribution;

/**
 * A project's health as the rules rate it; nobody types it.
 *
 * @param rag green, amber or red: the worst warning sign
 * @param reasons one sentence per warning sign, or the one sentence of a green project
 * @param contributions every rule that fired, in firing order
 * @param explanation one paragraph for people, built from the contributions
 * @param rulesVersion content hash of the rule files that decided
 * @param decisionId id of the stored decision record, null when not stored
 */
public record HealthRating(
    Rag rag,
    List<String> reasons,
    List<RuleContribution> contributions,
    String explanation,
    String rulesVersion,
    Long decisionId) {}
