package org.pmoengine.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to change a project's plan or budget, keyed {@code CHG-yyyy-nnnn}: what was asked,
 * the impact simulated against the plan version it was analysed on, its class and approver, the
 * decision, and the plan and baseline versions applying it produced.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "change_key", nullable = false, unique = true, updatable = false)
  private String key;

  @Column(updatable = false)
  private String projectKey;

  private String processInstanceId;

  @Column(updatable = false)
  private String requestedBy;

  @Column(updatable = false)
  private Instant requestedAt;

  private String justification;

  @Column(name = "changes_json")
  private String changesJson;

  private BigDecimal budgetAsked;

  @Enumerated(EnumType.STRING)
  private ChangeStatus status;

  private Integer planVersion;
  private Instant analysedAt;
  private int analysisCount;
  private LocalDate finishBefore;
  private LocalDate finishAfter;
  private Integer slipDays;
  private BigDecimal costChange;
  private BigDecimal eacBefore;
  private BigDecimal eacAfter;
  private boolean baselineMilestoneMoved;

  @Column(name = "impact_json")
  private String impactJson;

  @Enumerated(EnumType.STRING)
  private ChangeClass changeClass;

  private String approver;
  private Long classificationId;
  private String classification;

  private String decision;
  private String decidedBy;
  private Instant decidedAt;
  private String decisionReason;

  private Integer appliedPlanVersion;
  private Integer baselineVersion;
  private Instant closedAt;

  @Version
  private long version;

  protected ChangeRequest() {}

  ChangeRequest(String key, String projectKey, String requestedBy, Instant requestedAt,
      String justification, String changesJson, BigDecimal budgetAsked) {
    this.key = key;
    this.projectKey = projectKey;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.justification = justification;
    this.changesJson = changesJson;
    this.budgetAsked = budgetAsked;
    this.status = ChangeStatus.RAISED;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The impact against a plan version; an earlier decision no longer counts. */
  void analysed(int planVersion, ChangeImpact impact, String impactJson, Instant at) {
    this.planVersion = planVersion;
    this.analysedAt = at;
    this.analysisCount++;
    this.finishBefore = impact.finishBefore();
    this.finishAfter = impact.finishAfter();
    this.slipDays = impact.slipWorkingDays();
    this.costChange = impact.cost().costChange();
    this.eacBefore = impact.cost().eacBefore();
    this.eacAfter = impact.cost().eacAfter();
    this.baselineMilestoneMoved = impact.movesBaselineMilestone();
    this.impactJson = impactJson;
    this.decision = null;
    this.decidedBy = null;
    this.decidedAt = null;
    this.decisionReason = null;
    this.status = ChangeStatus.ANALYSED;
  }

  void classified(ChangeClassification c, String approverName) {
    this.changeClass = c.changeClass();
    this.approver = approverName;
    this.classificationId = c.decisionId();
    this.classification = c.explanation().length() > 4000
        ? c.explanation().substring(0, 4000) : c.explanation();
  }

  void decided(boolean approved, String reason, String user, Instant at) {
    this.decision = approved ? "APPROVE" : "REJECT";
    this.decisionReason = reason;
    this.decidedBy = user;
    this.decidedAt = at;
    this.status = approved ? ChangeStatus.APPROVED : ChangeStatus.REJECTED;
    if (!approved) {
      this.closedAt = at;
    }
  }

  void applied(int planVersion, Integer baselineVersion, Instant at) {
    this.appliedPlanVersion = planVersion;
    this.baselineVersion = baselineVersion;
    this.status = ChangeStatus.APPLIED;
    this.closedAt = at;
  }

  void closed(ChangeStatus outcome, String reason, String user, Instant at) {
    this.status = outcome;
    this.decisionReason = reason;
    this.decidedBy = user;
    this.decidedAt = at;
    this.closedAt = at;
  }

  public Long getId() { return id; }
  public String getKey() { return key; }
  public String getProjectKey() { return projectKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getRequestedBy() { return requestedBy; }
  public Instant getRequestedAt() { return requestedAt; }
  public String getJustification() { return justification; }
  public String getChangesJson() { return changesJson; }
  public BigDecimal getBudgetAsked() { return budgetAsked; }
  public ChangeStatus getStatus() { return status; }
  public Integer getPlanVersion() { return planVersion; }
  public Instant getAnalysedAt() { return analysedAt; }
  public int getAnalysisCount() { return analysisCount; }
  public LocalDate getFinishBefore() { return finishBefore; }
  public LocalDate getFinishAfter() { return finishAfter; }
  public Integer getSlipDays() { return slipDays; }
  public BigDecimal getCostChange() { return costChange; }
  public BigDecimal getEacBefore() { return eacBefore; }
  public BigDecimal getEacAfter() { return eacAfter; }
  public boolean isBaselineMilestoneMoved() { return baselineMilestoneMoved; }
  public String getImpactJson() { return impactJson; }
  public ChangeClass getChangeClass() { return changeClass; }
  public String getApprover() { return approver; }
  public Long getClassificationId() { return classificationId; }
  public String getClassification() { return classification; }
  public String getDecision() { return decision; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecisionReason() { return decisionReason; }
  public Integer getAppliedPlanVersion() { return appliedPlanVersion; }
  public Integer getBaselineVersion() { return baselineVersion; }
  public Instant getClosedAt() { return closedAt; }
}
