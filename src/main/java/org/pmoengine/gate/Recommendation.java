package org.pmoengine.gate;

/**
 * What the gate criteria recommend to the gate board, from the mildest to the most severe. When
 * several criteria fail, the most severe recommendation wins: KILL over RECYCLE over HOLD over GO.
 */
public enum Recommendation {
  /** Every criterion is met: move on to the next stage. */
  GO,
  /** Performance or risk needs attention first: wait for a resume or a review. */
  HOLD,
  /** Required deliverables are missing: back to the stage work. */
  RECYCLE,
  /** Very poor performance with high risks: close the project without delivery. */
  KILL;

  /** The more severe of the two. */
  public Recommendation atLeast(Recommendation other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }
}
