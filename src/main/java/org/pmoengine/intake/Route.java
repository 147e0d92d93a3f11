package org.pmoengine.intake;

/** Where a scored request goes next; decided by the intake rules. */
public enum Route {
  /** Mandatory or regulatory: PMO triage only, whatever the size, with top priority. */
  FAST_LANE,
  /** Small request: PMO triage decides alone. */
  PMO,
  /** Large request: PMO triage, then the portfolio board. */
  BOARD
}
