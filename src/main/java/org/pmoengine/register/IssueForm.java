package org.pmoengine.register;

import java.time.LocalDate;

/**
 * An issue or action item as entered. A new one is OPEN and of MEDIUM severity unless told
 * otherwise.
 */
public record IssueForm(String title, String description, String owner, LocalDate dueDate,
    IssueSeverity severity, IssueStatus status) {}
