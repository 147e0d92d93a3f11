package org.pmoengine.register;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

  @Override
  Map<String, String> shownFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Title", getTitle());
    fields.put("Description", shown(getDescription()));
    fields.put("Owner", getOwner());
    fields.put("Due date", shown(dueDate));
    fields.put("Severity", word(severity));
    fields.put("Status", word(status));
    return fields;
  }

  @Override
  boolean isClosed() {
    return status == IssueStatus.DONE;
  }

  public LocalDate getDueDate() { return dueDate; }
  public IssueSeverity getSeverity() { return severity; }
  public IssueStatus getStatus() { return status; }
}
