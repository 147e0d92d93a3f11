package org.pmoengine.project;

/** How loud an overrun warning is; the budget rules set it from the variance at completion. */
public enum WarningLevel {
  /** Within the tolerance: no warning. */
  NONE,
  /** Over the tolerance: warn and ask finance. */
  WARNING,
  /** Far over: warn and ask finance and the gate board. */
  CRITICAL;

  /** The louder of the two. */
  public WarningLevel atLeast(WarningLevel other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }
}
