package org.pmoengine.intake;

import org.springframework.stereotype.Service;

/** Scores and routes a request with the rules in {@code rules/intake-scoring.drl}. */
@Service
public class IntakeScoring {

  /** Evaluates the rules; stores nothing. */
  public IntakeScore score(ScoringInput input) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Evaluates the rules and stores the decision with its inputs, contributions and version. */
  public IntakeScore scoreAndRecord(String requestKey, ScoringInput input) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
