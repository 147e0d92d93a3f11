package org.pmoengine.intake;

import org.pmoengine.scoring.RuleEngine;
import org.springframework.stereotype.Service;

/** Scores and routes a request with the rules in {@code rules/intake-scoring.drl}. */
@Service
public class IntakeScoring {

  private final RuleEngine rules;

  public IntakeScoring(RuleEngine rules) {
    this.rules = rules;
  }

  /** Evaluates the rules; stores nothing. */
  public IntakeScore score(ScoringInput input) {
    IntakeAssessment assessment = new IntakeAssessment(input);
    String version = rules.evaluate(assessment);
    return assessment.toScore(version, null);
  }

  /** Evaluates the rules and stores the decision with its inputs, contributions and version. */
  public IntakeScore scoreAndRecord(String requestKey, ScoringInput input) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
