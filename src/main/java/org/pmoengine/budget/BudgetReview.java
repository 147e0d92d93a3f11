package org.pmoengine.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One budget validation of a project: the earned value it was made on, the rules' verdict and the
 * approvers' decision. The gate criteria read the latest one.
 */
@Entity
@Table(name = "budget_review")
public class BudgetReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, length = 20)
  private String projectKey;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BudgetOutcome outcome;

  @Column(nullable = false)
  private BigDecimal budget;

  @Column(name = "planned_value", nullable = false)
  private BigDecimal plannedValue;

  @Column(name = "earned_value", nullable = false)
  private BigDecimal earnedValue;

  @Column(name = "actual_cost", nullable = false)
  private BigDecimal actualCost;

  @Column(name = "decision_id")
  private Long decisionId;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected BudgetReview() {}

  BudgetReview(String projectKey, Long invoiceId, BudgetVerdict verdict, EarnedValue ev,
      Instant reviewedAt) {
    this.projectKey = projectKey;
    this.invoiceId = invoiceId;
    this.outcome = verdict.requiredApprovals().isEmpty() ? BudgetOutcome.WITHIN_TOLERANCE
        : BudgetOutcome.APPROVAL_REQUIRED;
    this.budget = ev.budgetAtCompletion();
    this.plannedValue = ev.plannedValue();
    this.earnedValue = ev.earnedValue();
    this.actualCost = ev.actualCost();
    this.decisionId = verdict.decisionId();
    this.reviewedAt = reviewedAt;
  }

  void decided(boolean approved, String user, Instant at) {
    this.outcome = approved ? BudgetOutcome.APPROVED : BudgetOutcome.REJECTED;
    this.decidedBy = user;
    this.decidedAt = at;
  }

  /** The earned value the verdict was made on. */
  public EarnedValue earnedValueFigures() {
    return EarnedValue.ofAmounts(budget, plannedValue, earnedValue, actualCost);
  }

  public Long getId() {
    return id;
  }

  public String getProjectKey() {
    return projectKey;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public BudgetOutcome getOutcome() {
    return outcome;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  /** The id of the rules' decision record, with its reasons; null for reviews made before. */
  public Long getDecisionId() {
    return decisionId;
  }
}
