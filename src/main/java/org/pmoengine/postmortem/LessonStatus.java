package org.pmoengine.postmortem;

/** Where a lesson stands: submitted by a team member, published by the PMO, or kept back. */
public enum LessonStatus {
  DRAFT,
  PUBLISHED,
  WITHHELD
}
