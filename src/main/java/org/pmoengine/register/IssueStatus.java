package org.pmoengine.register;

/** Where an issue or action item stands. */
public enum IssueStatus {
  OPEN, IN_PROGRESS, DONE
}
