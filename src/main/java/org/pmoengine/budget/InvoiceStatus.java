package org.pmoengine.budget;

/**
 * Where an invoice stands. It is RECORDED when no check found anything, FLAGGED when a check did
 * (it is stored all the same), and APPROVED or REJECTED once finance has decided.
 */
public enum InvoiceStatus {
  RECORDED, FLAGGED, APPROVED, REJECTED;

  /** Whether the invoice counts as cost of the project. */
  public boolean isBooked() {
    return this != REJECTED;
  }
}
