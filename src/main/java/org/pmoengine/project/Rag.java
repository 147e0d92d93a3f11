package org.pmoengine.project;

/** A project's health, derived by the rules; the worst warning sign wins. */
public enum Rag {
  GREEN,
  AMBER,
  RED;

  /** The worse of the two. */
  public Rag atLeast(Rag other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }
}
