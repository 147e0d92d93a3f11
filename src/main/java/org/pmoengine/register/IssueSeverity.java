package org.pmoengine.register;

/** How much an issue hurts the project if it stays unresolved. */
public enum IssueSeverity {
  LOW, MEDIUM, HIGH
}
