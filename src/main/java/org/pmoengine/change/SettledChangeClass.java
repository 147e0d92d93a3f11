package org.pmoengine.change;

/**
 * The class of a change once every classification rule has fired, inserted so that the rules
 * choosing the approver match on a settled class.
 */
public final class SettledChangeClass {

  private final ChangeClass changeClass;
  private final int findings;

  public SettledChangeClass(ChangeClass changeClass, int findings) {
    this.changeClass = changeClass;
    this.findings = findings;
  }

  /** The most severe class the rules gave; MINOR when none raised it. */
  public ChangeClass getChangeClass() {
    return changeClass;
  }

  /** How many rules raised the class above minor. */
  public int getFindings() {
    return findings;
  }
}
