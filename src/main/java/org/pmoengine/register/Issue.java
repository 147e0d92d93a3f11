package org.pmoengine.register;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An issue or action item of a project: someone owns it and it is due on a date. */
@Entity
@Table(name = "issue")
public class Issue extends RegisterEntry {

  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private IssueSeverity severity;

  @Enumerated(EnumType.STRING)
  private IssueStatus status;

  protected Issue() {}

  public Issue(String projectKey, IssueForm form, String createdBy, Instant now) {
    super(projectKey, createdBy, now);
    update(form, now);
  }

  /** Takes over every field of the form; the form has been validated. */
  public void update(IssueForm form, Instant now) {
    describe(form.title(), form.description(), form.owner(), now);
    this.dueDate = form.dueDate();
    this.severity = form.severity() == null ? IssueSeverity.MEDIUM : form.severity();
    this.status = form.status() == null ? IssueStatus.OPEN : form.status();
  }

  /** Not done and its due date has passed: due today is not yet overdue. */
  public boolean isOverdueOn(LocalDate today) {
    return status != IssueStatus.DONE && dueDate.isBefore(today);
  }

  public LocalDate getDueDate() { return dueDate; }
  public IssueSeverity getSeverity() { return severity; }
  public IssueStatus getStatus() { return status; }
}
