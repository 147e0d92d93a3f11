package org.pmoengine.change;

import org.pmoengine.security.PmoGroups;





/** Who approves a change, from the narrowest to the widest authority; the widest wins. */
public enum Approver {
  /** The project's manager, as assignee. */
  PROJECT_MANAGER(null),
  /** Any member of the change board. */
  CHANGE_BOARD(PmoGroups.CHANGE_BOARD),
  /** Any member of the gate board. */
  GATE_BOARD(PmoGroups.GATE_BOARD);

  private final String group;

  Approver(String group) {
    this.group = group;
  }

  /** The candidate group of the approval task; null for the project manager. */
  public String group() {
    return group;
  }

  /** The wider of the two. */
  public Approver atLeast(Approver other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }
}
