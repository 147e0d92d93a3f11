package org.pmoengine.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An issue or action item of a project: someone owns it and it is due on a date. */
@Entity
@Table(name = "issue")
public class Issue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  private String title;
  private String description;
  private String owner;
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private IssueSeverity severity;

  @Enumerated(EnumType.STRING)
  private IssueStatus status;

  @Column(updatable = false)
  private String createdBy;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version
  private long version;

  protected Issue() {}

  public Issue(String projectKey, IssueForm form, String createdBy, Instant now) {
    this.projectKey = projectKey;
    this.createdBy = createdBy;
    this.createdAt = now;
    update(form, now);
  }

  /** Takes over every field of the form; the form has been validated. */
  public void update(IssueForm form, Instant now) {
    this.title = form.title().strip();
    this.description = Risk.blankToNull(form.description());
    this.owner = form.owner().strip();
    this.dueDate = form.dueDate();
    this.severity = form.severity() == null ? IssueSeverity.MEDIUM : form.severity();
    this.status = form.status() == null ? IssueStatus.OPEN : form.status();
    this.updatedAt = now;
  }

  /** Not done and its due date has passed: due today is not yet overdue. */
  public boolean isOverdueOn(LocalDate today) {
    return status != IssueStatus.DONE && dueDate.isBefore(today);
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public String getOwner() { return owner; }
  public LocalDate getDueDate() { return dueDate; }
  public IssueSeverity getSeverity() { return severity; }
  public IssueStatus getStatus() { return status; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public long getVersion() { return version; }
}
