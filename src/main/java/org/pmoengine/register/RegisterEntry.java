package org.pmoengine.register;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What a risk and an issue have in common: an entry of one project's register with a title, a
 * description and an owner, who made it and when, and a version for concurrent edits. Each kind
 * keeps its own table; these are the columns both tables have.
 */
@MappedSuperclass
public abstract class RegisterEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  private String title;
  private String description;
  private String owner;

  @Column(updatable = false)
  private String createdBy;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version
  private long version;

  protected RegisterEntry() {}

  protected RegisterEntry(String projectKey, String createdBy, Instant now) {
    this.projectKey = projectKey;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Takes over the common fields of a validated form: title and owner are required. */
  protected void describe(String title, String description, String owner, Instant now) {
    this.title = title.strip();
    this.description = blankToNull(description);
    this.owner = owner.strip();
    this.updatedAt = now;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public String getOwner() { return owner; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public long getVersion() { return version; }
}
