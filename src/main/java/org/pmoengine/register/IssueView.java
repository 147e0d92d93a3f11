package org.pmoengine.register;

import java.time.Instant;
import java.time.LocalDate;

/** An issue as the API shows it; {@code overdue} is judged against today. */
public record IssueView(Long id, String projectKey, String title, String description,
    String owner, LocalDate dueDate, IssueSeverity severity, IssueStatus status, boolean overdue,
    String createdBy, Instant createdAt, Instant updatedAt, long version) {

  static IssueView of(Issue i, LocalDate today) {
    return new IssueView(i.getId(), i.getProjectKey(), i.getTitle(), i.getDescription(),
        i.getOwner(), i.getDueDate(), i.getSeverity(), i.getStatus(), i.isOverdueOn(today),
        i.getCreatedBy(), i.getCreatedAt(), i.getUpdatedAt(), i.getVersion());
  }
}
