package org.pmoengine.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One change to a risk or an issue: what was done, which fields changed from what to what, who
 * did it and when. The registers write it with the change itself, so every path (the API, the
 * workspace pages) leaves the same history; nothing ever updates or deletes a row.
 */
@Entity
@Table(name = "register_change")
public class RegisterChange {

  /** Which register the entry belongs to. */
  public enum EntryType { RISK, ISSUE }

  /** What the change did to the entry; closing and reopening are told apart from edits. */
  public enum Action { ADDED, UPDATED, CLOSED, REOPENED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EntryType entryType;

  @Column(nullable = false, updatable = false)
  private Long entryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Action action;

  /** One line per changed field, "Status: Open → Closed"; null when the entry was added. */
  @Column(updatable = false)
  private String changes;

  @Column(nullable = false, updatable = false)
  private String changedBy;

  @Column(nullable = false, updatable = false)
  private Instant changedAt;

  protected RegisterChange() {}

  RegisterChange(RegisterEntry entry, EntryType entryType, Action action, String changes,
      String changedBy, Instant changedAt) {
    this.projectKey = entry.getProjectKey();
    this.entryType = entryType;
    this.entryId = entry.getId();
    this.action = action;
    this.changes = changes;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  /** The changed fields, one sentence each, in the order of the form. */
  public List<String> changeLines() {
    return changes == null ? List.of() : List.of(changes.split("\n"));
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public EntryType getEntryType() { return entryType; }
  public Long getEntryId() { return entryId; }
  public Action getAction() { return action; }
  public String getChanges() { return changes; }
  public String getChangedBy() { return changedBy; }
  public Instant getChangedAt() { return changedAt; }
}
