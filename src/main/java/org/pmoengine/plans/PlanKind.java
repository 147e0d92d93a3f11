package org.pmoengine.plans;

/** A recomputed plan, or a frozen one that later versions are compared against. */
public enum PlanKind {
  CURRENT,
  BASELINE
}
