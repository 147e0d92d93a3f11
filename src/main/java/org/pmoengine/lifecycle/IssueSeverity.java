package org.pmoengine.lifecycle;

/** How much an issue hurts the project if it stays unresolved. */
public enum IssueSeverity {
  LOW, MEDIUM, HIGH
}
