package org.pmoengine.project;

/** The stages of the project lifecycle, each ending at its gate. */
public enum Stage {
  INITIATION,
  PLANNING,
  EXECUTION,
  CLOSURE
}
