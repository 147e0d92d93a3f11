package org.pmoengine.intake;

/** Where a scored request goes next; decided by the intake rules. */
public enum Route {
  /** Mandatory or regulatory: PMO triage only, whatever the size, with top priority. */
  FAST_LANE("fast lane: PMO triage only (mandatory or regulatory)"),
  /** Small request: PMO triage decides alone. */
  PMO("PMO triage only"),
  /** Large request: PMO triage, then the portfolio board. */
  BOARD("PMO triage, then the portfolio board");

  private final String label;

  Route(String label) {
    this.label = label;
  }

  /** How the forms and mails name the route. */
  public String label() {
    return label;
  }
}
