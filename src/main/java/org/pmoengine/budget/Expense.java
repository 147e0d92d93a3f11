package org.pmoengine.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A cost booked on a budget line without a vendor invoice (travel, licences paid by card...). */
@Entity
@Table(name = "expense")
public class Expense {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  @Column(name = "budget_line_id", nullable = false, updatable = false)
  private Long budgetLineId;

  private String description;
  private BigDecimal amount;
  private LocalDate expenseDate;
  private String createdBy;
  private Instant createdAt;

  protected Expense() {}

  public Expense(String projectKey, Long budgetLineId, String description, BigDecimal amount,
      LocalDate expenseDate, String createdBy, Instant createdAt) {
    this.projectKey = projectKey;
    this.budgetLineId = budgetLineId;
    this.description = description;
    this.amount = amount;
    this.expenseDate = expenseDate;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public Long getBudgetLineId() { return budgetLineId; }
  public String getDescription() { return description; }
  public BigDecimal getAmount() { return amount; }
  public LocalDate getExpenseDate() { return expenseDate; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
