package org.pmoengine.postmortem;

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

/** One team member's lesson from a project: a draft until the PMO publishes it to the library. */
@Entity
@Table(name = "lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  @Column(nullable = false, updatable = false)
  private String author;

  private String wentWell;
  private String wentBadly;
  private String recommendations;

  @Enumerated(EnumType.STRING)
  private LessonCategory category;

  private String tags;

  @Enumerated(EnumType.STRING)
  private LessonStatus status;

  private Instant submittedAt;
  private String publishedBy;
  private Instant publishedAt;

  @Version
  private long version;

  protected Lesson() {}

  Lesson(String projectKey, String author, String wentWell, String wentBadly,
      String recommendations, LessonCategory category, Instant submittedAt) {
    this.projectKey = projectKey;
    this.author = author;
    this.wentWell = wentWell;
    this.wentBadly = wentBadly;
    this.recommendations = recommendations;
    this.category = category;
    this.status = LessonStatus.DRAFT;
    this.submittedAt = submittedAt;
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getAuthor() { return author; }
  public String getWentWell() { return wentWell; }
  public String getWentBadly() { return wentBadly; }
  public String getRecommendations() { return recommendations; }
  public LessonCategory getCategory() { return category; }
  public String getTags() { return tags; }
  public LessonStatus getStatus() { return status; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getPublishedBy() { return publishedBy; }
  public Instant getPublishedAt() { return publishedAt; }

  /** The PMO edits the text, category or tags while reviewing; null keeps a field. */
  void edit(String wentWell, String wentBadly, String recommendations, LessonCategory category,
      String tags) {
    if (wentWell != null) {
      this.wentWell = wentWell;
    }
    if (wentBadly != null) {
      this.wentBadly = wentBadly;
    }
    if (recommendations != null) {
      this.recommendations = recommendations;
    }
    if (category != null) {
      this.category = category;
    }
    if (tags != null) {
      this.tags = tags;
    }
  }

  void publish(String user, Instant at) {
    this.status = LessonStatus.PUBLISHED;
    this.publishedBy = user;
    this.publishedAt = at;
  }

  void withhold() {
    this.status = LessonStatus.WITHHELD;
  }
}
