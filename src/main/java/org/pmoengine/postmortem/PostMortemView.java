package org.pmoengine.postmortem;

import java.time.Instant;
import java.util.List;

/** The post-mortem of a project as the API shows it. */
public record PostMortemView(String projectKey, String category, String outcome, String status,
    Instant startedAt, Instant completedAt, String completedBy, String reviewSummary,
    PostMortemMetrics metrics, List<String> invited, List<String> nonResponders,
    List<LessonView> lessons) {}
