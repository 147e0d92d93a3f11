package org.pmoengine.postmortem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The post-mortem of one finished project: its metrics, its state and who completed it. */
@Entity
@Table(name = "post_mortem")
public class PostMortem {

  /** Metrics computed, the team is asked for lessons. */
  public static final String STATUS_COLLECTING = "COLLECTING";
  /** The PMO reviews the lessons. */
  public static final String STATUS_IN_REVIEW = "IN_REVIEW";
  /** The PMO published the lessons to the library. */
  public static final String STATUS_PUBLISHED = "PUBLISHED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, unique = true, updatable = false)
  private String projectKey;

  private String category;
  private String outcome;
  private String status;
  private Instant startedAt;
  private Instant metricsComputedAt;

  @Column(name = "metrics_json")
  private String metricsJson;

  private String reviewSummary;
  private Instant completedAt;
  private String completedBy;

  @Version
  private long version;

  protected PostMortem() {}

  public PostMortem(String projectKey, String category, String outcome, Instant startedAt) {
    this.projectKey = projectKey;
    this.category = category;
    this.outcome = outcome;
    this.status = STATUS_COLLECTING;
    this.startedAt = startedAt;
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getCategory() { return category; }
  public String getOutcome() { return outcome; }
  public String getStatus() { return status; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getMetricsComputedAt() { return metricsComputedAt; }
  public String getMetricsJson() { return metricsJson; }
  public String getReviewSummary() { return reviewSummary; }
  public Instant getCompletedAt() { return completedAt; }
  public String getCompletedBy() { return completedBy; }

  void metricsComputed(String json, Instant at) {
    this.metricsJson = json;
    this.metricsComputedAt = at;
  }

  void inReview() {
    this.status = STATUS_IN_REVIEW;
  }

  void published(String summary, String user, Instant at) {
    this.status = STATUS_PUBLISHED;
    this.reviewSummary = summary;
    this.completedBy = user;
    this.completedAt = at;
  }
}
