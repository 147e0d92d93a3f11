package org.pmoengine.intake;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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

  /**
   * What the decision log keeps as the inputs: the request's fields, and the track record of its
   * category when it has finished projects.
   */
  record Inputs(@JsonUnwrapped ScoringInput request, CategoryTrackRecord trackRecord) {}

  private final RuleEngine rules;
  private final DecisionLog decisions;

  public IntakeScoring(RuleEngine rules, DecisionLog decisions) {
    this.rules = rules;
    this.decisions = decisions;
  }

  /** Evaluates the rules for a request whose category has no track record; stores nothing. */
  public IntakeScore score(ScoringInput input) {
    return score(input, null);
  }

  /**
   * Evaluates the rules; stores nothing.
   *
   * @param trackRecord what the finished projects of the request's category teach, null when
   *     there are none
   */
  public IntakeScore score(ScoringInput input, CategoryTrackRecord trackRecord) {
    IntakeAssessment assessment = new IntakeAssessment(input);
    String version = trackRecord == null
        ? rules.evaluate(assessment)
        : rules.evaluate(assessment, trackRecord);
    return assessment.toScore(version, null);
  }

  /**
   * Evaluates the rules and stores the decision with its inputs (the track record among them),
   * contributions and version.
   */
  @Transactional
  public IntakeScore scoreAndRecord(String requestKey, ScoringInput input,
      CategoryTrackRecord trackRecord) {
    IntakeScore score = score(input, trackRecord);
    DecisionRecord decision = decisions.record(DECISION_AREA, requestKey, score.rulesVersion(),
        new Inputs(input, trackRecord), new Outcome(score.score(), score.priorityClass(),
            score.route(), score.weightedScore(), score.wsjf()),
        score.contributions(), score.explanation());
    return new IntakeScore(score.score(), score.priorityClass(), score.route(),
        score.weightedScore(), score.wsjf(), score.contributions(), score.explanation(),
        score.rulesVersion(), decision.getId());
  }
}
