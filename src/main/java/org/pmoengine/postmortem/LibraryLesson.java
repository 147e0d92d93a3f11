package org.pmoengine.postmortem;

import java.time.Instant;

/**
 * A published lesson as the library shows it.
 *
 * @param projectCategory the category of the project it comes from (as at intake)
 * @param rank the full-text relevance on PostgreSQL (higher is better); null elsewhere
 */
public record LibraryLesson(long id, String projectKey, String projectCategory,
    LessonCategory category, String tags, String wentWell, String wentBadly,
    String recommendations, String author, Instant submittedAt, Instant publishedAt,
    Double rank) {}
