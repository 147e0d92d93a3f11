package org.pmoengine.gate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.pmoengine.project.Gate;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommends Go, Hold, Recycle or Kill at a gate with the rules in {@code
 * rules/gate-criteria.drl}.
 */
@Service
public class GateCriteria {

  /** The decision area of gate criteria in the decision log. */
  public static final String DECISION_AREA = "gate-criteria";

  /** What the decision log keeps as the outcome of a gate decision. */
  record Outcome(Gate gate, Recommendation recommendation, boolean boardOfAll,
      List<String> requiredDeliverables, List<String> missingDeliverables, List<String> reasons) {}

  private final RuleEngine rules;
  private final DecisionLog decisions;

  public GateCriteria(RuleEngine rules, DecisionLog decisions) {
    this.rules = rules;
    this.decisions = decisions;
  }

  /** Evaluates the rules; stores nothing. */
  public GateRecommendation assess(String projectKey, GateFacts facts) {
    GateAssessment assessment = new GateAssessment(facts);
    String version = rules.evaluate(assessment);
    return assessment.toRecommendation(projectKey, version, null);
  }

  /** Evaluates the rules and stores the decision with its inputs, contributions and version. */
  @Transactional
  public GateRecommendation assessAndRecord(String projectKey, GateFacts facts) {
    GateRecommendation r = assess(projectKey, facts);
    DecisionRecord decision = decisions.record(DECISION_AREA, projectKey, r.rulesVersion(), facts,
        new Outcome(r.gate(), r.recommendation(), r.boardOfAll(), r.requiredDeliverables(),
            r.missingDeliverables(), r.reasons()),
        r.contributions(), r.explanation());
    return r.withDecisionId(decision.getId());
  }

  /** The ids of the deliverables the rules require at a gate, for the stage work form. */
  public List<String> requiredDeliverables(Gate gate) {
    return assess("-", new GateFacts(gate, Set.of(), null, null, null, 0, 0,
        BigDecimal.ZERO, null)).requiredDeliverables();
  }
}
