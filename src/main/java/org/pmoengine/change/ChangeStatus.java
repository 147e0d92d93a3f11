package org.pmoengine.change;

/** Where a change request stands. The last four are final and stay on record. */
public enum ChangeStatus {
  /** Registered, its impact not analysed yet. */
  RAISED,
  /** Analysed and classified; waiting for its approver. */
  ANALYSED,
  /** Approved; applied once its plan is checked to be current. */
  APPROVED,
  /** Applied: a new plan version (and for major and critical changes a new baseline). */
  APPLIED,
  REJECTED,
  /** Withdrawn by its requester while it waited for approval. */
  WITHDRAWN,
  /** The plan moved on so that the change can no longer be applied to it. */
  NOT_APPLICABLE;

  public boolean isFinal() {
    return this == APPLIED || this == REJECTED || this == WITHDRAWN || this == NOT_APPLICABLE;
  }
}
