package org.pmoengine.change;

import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifies a change as minor, major or critical and names its approver, with the rules in
 * {@code rules/change-classification.drl}.
 */
@Service
public class ChangeRules {

  /** The decision area of change classification in the decision log. */
  public static final String DECISION_AREA = "change-classification";

  /** What the decision log keeps as the outcome of a classification. */
  record Outcome(ChangeClass changeClass, Approver approver) {}

  private final RuleEngine rules;
  private final DecisionLog decisions;

  public ChangeRules(RuleEngine rules, DecisionLog decisions) {
    this.rules = rules;
    this.decisions = decisions;
  }

  /** Evaluates the rules; stores nothing. */
  public ChangeClassification classify(String changeKey, ChangeFacts facts) {
    ChangeAssessment assessment = new ChangeAssessment(facts);
    String version = rules.evaluate(assessment);
    return assessment.toClassification(changeKey, version);
  }

  /** Evaluates the rules and stores the decision with its inputs, sentences and version. */
  @Transactional
  public ChangeClassification classifyAndRecord(String changeKey, ChangeFacts facts) {
    ChangeClassification c = classify(changeKey, facts);
    DecisionRecord decision = decisions.record(DECISION_AREA, changeKey, c.rulesVersion(), facts,
        new Outcome(c.changeClass(), c.approver()), c.contributions(), c.explanation());
    return c.withDecisionId(decision.getId());
  }
}
