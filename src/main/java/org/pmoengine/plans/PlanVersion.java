package org.pmoengine.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored version of a project's plan with the schedule computed from it. Versions are
 * numbered per project from 1 and never change once written; a baseline is a frozen copy.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, length = 20)
  private String projectKey;

  @Column(nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PlanKind kind;

  @Column(name = "plan_json", nullable = false)
  private String planJson;

  @Column(name = "schedule_json", nullable = false)
  private String scheduleJson;

  @Column(name = "finish_date")
  private LocalDate finishDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(length = 500)
  private String reason;

  @Column(name = "slip_days")
  private Integer slipDays;

  protected PlanVersion() {}

  PlanVersion(String projectKey, int version, PlanKind kind, String planJson, String scheduleJson,
      LocalDate finishDate, Integer slipDays, Instant createdAt, String createdBy, String reason) {
    this.projectKey = projectKey;
    this.version = version;
    this.kind = kind;
    this.planJson = planJson;
    this.scheduleJson = scheduleJson;
    this.finishDate = finishDate;
    this.slipDays = slipDays;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.reason = reason;
  }

  /**
   * Working days the finish lies behind the latest baseline when this version was stored
   * (negative when ahead), 0 for a baseline itself; null when there was no baseline yet.
   */
  public Integer getSlipDays() {
    return slipDays;
  }

  public Long getId() {
    return id;
  }

  public String getProjectKey() {
    return projectKey;
  }

  public int getVersion() {
    return version;
  }

  public PlanKind getKind() {
    return kind;
  }

  public String getPlanJson() {
    return planJson;
  }

  public String getScheduleJson() {
    return scheduleJson;
  }

  public LocalDate getFinishDate() {
    return finishDate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getReason() {
    return reason;
  }
}
