package org.pmoengine.project;

/** The four stage gates of the project lifecycle, in order. */
public enum Gate {
  G1("business case"),
  G2("plan and budget baseline"),
  G3("readiness"),
  G4("closure");

  private final String title;

  Gate(String title) {
    this.title = title;
  }

  /** The stage whose work leads to this gate. */
  public Stage stageBefore() {
    return switch (this) {
      case G1 -> Stage.INITIATION;
      case G2 -> Stage.PLANNING;
      case G3 -> Stage.EXECUTION;
      case G4 -> Stage.CLOSURE;
    };
  }

  /** What the gate decides on, for people: {@code G2 -> "plan and budget baseline"}. */
  public String title() {
    return title;
  }
}
