package org.pmoengine.intake;

/** Where a project request stands. */
public enum RequestStatus {
  /** Stored and valid, waiting for the rules to score it. */
  SUBMITTED,
  /** Scored; a review task is open. */
  IN_REVIEW,
  /** Sent back to the requester for more information. */
  MORE_INFORMATION,
  APPROVED,
  REJECTED,
  /** Put in the backlog for a later planning round. */
  DEFERRED;

  public boolean isOpen() {
    return this == SUBMITTED || this == IN_REVIEW || this == MORE_INFORMATION;
  }
}
