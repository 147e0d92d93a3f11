package org.pmoengine.postmortem;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the estimation history: a finished project's planned and actual days of one kind. */
@Entity
@Table(name = "estimation_history")
public class RecordedEstimate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String projectKey;
  private String category;
  private String kind;
  private int plannedDays;
  private int actualDays;
  private Instant recordedAt;

  protected RecordedEstimate() {}

  RecordedEstimate(String projectKey, String category, KindEstimate estimate, Instant recordedAt) {
    this.projectKey = projectKey;
    this.category = category;
    this.kind = estimate.kind();
    this.plannedDays = estimate.plannedDays();
    this.actualDays = estimate.actualDays();
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getCategory() { return category; }
  public String getKind() { return kind; }
  public int getPlannedDays() { return plannedDays; }
  public int getActualDays() { return actualDays; }
  public Instant getRecordedAt() { return recordedAt; }
}
