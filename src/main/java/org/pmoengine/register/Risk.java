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

/**
 * A risk in the register of a project. Its score is probability times impact (1 to 25); it is
 * stored so the rules can query high risks directly, and only this class sets it.
 */
@Entity
@Table(name = "risk")
public class Risk {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  private String title;
  private String description;
  private int probability;
  private int impact;
  private int score;
  private String owner;
  private String mitigation;

  @Enumerated(EnumType.STRING)
  private RiskStatus status;

  @Column(updatable = false)
  private String createdBy;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version
  private long version;

  protected Risk() {}

  public Risk(String projectKey, RiskForm form, String createdBy, Instant now) {
    this.projectKey = projectKey;
    this.createdBy = createdBy;
    this.createdAt = now;
    update(form, now);
  }

  /** Takes over every field of the form; the form has been validated. */
  public void update(RiskForm form, Instant now) {
    this.title = form.title().strip();
    this.description = blankToNull(form.description());
    this.probability = form.probability();
    this.impact = form.impact();
    this.score = probability * impact;
    this.owner = form.owner().strip();
    this.mitigation = blankToNull(form.mitigation());
    this.status = form.status() == null ? RiskStatus.OPEN : form.status();
    this.updatedAt = now;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public int getProbability() { return probability; }
  public int getImpact() { return impact; }
  public int getScore() { return score; }
  public String getOwner() { return owner; }
  public String getMitigation() { return mitigation; }
  public RiskStatus getStatus() { return status; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public long getVersion() { return version; }
}
