package org.pmoengine.intake;

/** Where the intake process goes after a review; the BPMN gateways route on it. */
public enum NextStep {
  BOARD_REVIEW,
  APPROVED,
  REJECTED,
  DEFERRED,
  MORE_INFORMATION
}
