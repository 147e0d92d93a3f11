package org.pmoengine.change;

/**
 * How far-reaching a change is, from the mildest to the most severe; when several criteria apply
 * the most severe wins. Major and critical changes re-baseline the plan when they are applied.
 */
public enum ChangeClass {
  MINOR,
  MAJOR,
  CRITICAL;

  /** The more severe of the two. */
  public ChangeClass atLeast(ChangeClass other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }

  /** Applying a change of this class freezes a new baseline. */
  public boolean rebaselines() {
    return this != MINOR;
  }
}
