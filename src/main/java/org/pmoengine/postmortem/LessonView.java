package org.pmoengine.postmortem;

import java.time.Instant;

/** A lesson as the API shows it. */
public record LessonView(long id, String projectKey, String author, LessonCategory category,
    String tags, String wentWell, String wentBadly, String recommendations, LessonStatus status,
    Instant submittedAt, Instant publishedAt) {

  static LessonView of(Lesson l) {
    return new LessonView(l.getId(), l.getProjectKey(), l.getAuthor(), l.getCategory(),
        l.getTags(), l.getWentWell(), l.getWentBadly(), l.getRecommendations(), l.getStatus(),
        l.getSubmittedAt(), l.getPublishedAt());
  }
}
