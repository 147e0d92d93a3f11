package org.pmoengine.scoring;

/**
 * How many findings the gate or health rules made, inserted once every criterion has been
 * checked, so that the rule for a clean result matches on a settled count.
 */
public final class SettledFindings {

  private final int count;

  public SettledFindings(int count) {
    this.count = count;
  }

  public int getCount() {
    return count;
  }
}
