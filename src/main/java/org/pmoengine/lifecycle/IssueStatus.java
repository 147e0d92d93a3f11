package org.pmoengine.lifecycle;

/** Where an issue or action item stands. */
public enum IssueStatus {
  OPEN, IN_PROGRESS, DONE
}
