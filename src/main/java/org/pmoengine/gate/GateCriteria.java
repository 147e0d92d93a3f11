package org.pmoengine.gate;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pmoengine.project.Gate;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
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

  /** The ids of the deliverables the rules require at a gate. */
  public List<String> requiredDeliverables(Gate gate) {
    return deliverablesRequired(gate).stream().map(RequiredDeliverable::getId).toList();
  }

  /** The deliverables the rules require at a gate, with their names, for the stage work form. */
  public List<RequiredDeliverable> deliverablesRequired(Gate gate) {
    GateAssessment assessment = new GateAssessment(new GateFacts(gate, Set.of(), null, null,
        null, 0, 0, BigDecimal.ZERO, null));
    rules.evaluate(assessment);
    return assessment.requiredDeliverables();
  }

  /**
   * Refuses ticked deliverables the rules do not require at this gate, each by name with what
   * can be ticked instead: a typo must not pass silently and recycle the project at its gate.
   *
   * @param field the form field the ticks came from, for the message
   */
  public void checkTicked(Gate gate, Collection<String> ticked, String field) {
    List<RequiredDeliverable> required = deliverablesRequired(gate);
    List<String> ids = required.stream().map(RequiredDeliverable::getId).toList();
    List<String> unknown = ticked.stream().filter(id -> !ids.contains(id)).distinct().toList();
    if (!unknown.isEmpty()) {
      String names = required.stream().map(RequiredDeliverable::getName)
          .collect(Collectors.joining(", "));
      throw new InvalidInputException(List.of(new FieldProblem(field,
          (unknown.size() == 1 ? "\"" + unknown.get(0) + "\" is not a deliverable"
              : "\"" + String.join("\", \"", unknown) + "\" are not deliverables")
          + " of gate " + gate + ". Tick among: " + names + ".")));
    }
  }
}
