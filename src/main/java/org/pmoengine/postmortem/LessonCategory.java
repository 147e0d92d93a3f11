package org.pmoengine.postmortem;

import java.util.Locale;
import java.util.Optional;

/** What a lesson is about; the lesson form and the library's filter offer these. */
public enum LessonCategory {
  PLANNING,
  ESTIMATION,
  SCOPE,
  REQUIREMENTS,
  STAKEHOLDERS,
  COMMUNICATION,
  VENDORS,
  TECHNOLOGY,
  QUALITY,
  RISK,
  TEAM,
  BUDGET,
  OTHER;

  /** The category named, in any case; empty when there is none of that name. */
  public static Optional<LessonCategory> parse(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
