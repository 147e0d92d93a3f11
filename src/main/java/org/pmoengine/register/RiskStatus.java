package org.pmoengine.register;

/** Where a risk stands: still open, being mitigated, or closed. */
public enum RiskStatus {
  OPEN, MITIGATING, CLOSED
}
