package org.pmoengine.project;

/** Where a project stands in its life. */
public enum ProjectStatus {
  /** The project exists; its stage-gate lifecycle has not started yet. */
  APPROVED,
  /** The project is in its stage-gate lifecycle. */
  ACTIVE,
  /** The project passed its closure gate. */
  CLOSED,
  /** A gate board stopped the project without delivery. */
  KILLED;

  /** Closed or killed: the lifecycle is over. */
  public boolean isEnded() {
    return this == CLOSED || this == KILLED;
  }
}
