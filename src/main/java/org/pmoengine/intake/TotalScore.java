package org.pmoengine.intake;

/**
 * The finished 0–100 score, inserted by the intake rules once every point is in, so that the
 * priority class rules match on a settled value.
 */
public final class TotalScore {

  private final int value;

  public TotalScore(int value) {
    this.value = value;
  }

  public int getValue() {
    return value;
  }
}
