package org.pmoengine.intake;

import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scores and routes a request with the rules in {@code rules/intake-scoring.drl}. */
@Service
public class IntakeScoring {

  /** The decision area of intake scoring in the decision log. */
  public static final String DECISION_AREA = "intake-scoring";

  /** What the decision log keeps as the outcome of an intake decision. */
  record Outcome(int score, String priorityClass, Route route, double weightedScore, double wsjf) {}

  private final RuleEngine rules;
  private final DecisionLog decisions;

  public IntakeScoring(RuleEngine rules, DecisionLog decisions) {
    this.rules = rules;
    this.decisions = decisions;
  }

  /** Evaluates the rules; stores nothing. */
  public IntakeScore score(ScoringInput input) {
    IntakeAssessment assessment = new IntakeAssessment(input);
    String version = rules.evaluate(assessment);
    return assessment.toScore(version, null);
  }

  /** Evaluates the rules and stores the decision with its inputs, contributions and version. */
  @Transactional
  public IntakeScore scoreAndRecord(String requestKey, ScoringInput input) {
    IntakeScore score = score(input);
    DecisionRecord decision = decisions.record(DECISION_AREA, requestKey, score.rulesVersion(),
        input, new Outcome(score.score(), score.priorityClass(), score.route(),
            score.weightedScore(), score.wsjf()),
        score.contributions(), score.explanation());
    return new IntakeScore(score.score(), score.priorityClass(), score.route(),
        score.weightedScore(), score.wsjf(), score.contributions(), score.explanation(),
        score.rulesVersion(), decision.getId());
  }
}
