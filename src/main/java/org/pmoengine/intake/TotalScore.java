package org.pmoengine.intake;

/**
 * The finished 0–100 score of an assessment, inserted by the intake rules once every point is
 * in, so that the priority class rules match on a settled value.
 */
public final class TotalScore {

  private final IntakeAssessment assessment;
  private final int value;

  public TotalScore(IntakeAssessment assessment) {
    this.assessment = assessment;
    this.value = assessment.settleScore();
  }

  public IntakeAssessment getAssessment() {
    return assessment;
  }

  public int getValue() {
    return value;
  }
}
