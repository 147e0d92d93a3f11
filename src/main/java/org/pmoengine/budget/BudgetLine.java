package org.pmoengine.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a project's budget, such as "HW: hardware, 40 000 EUR". */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  private String code;
  private String name;
  private BigDecimal amount;
  private String currency;

  @Column(updatable = false)
  private String createdBy;

  @Column(updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected BudgetLine() {}

  public BudgetLine(String projectKey, String code, String name, BigDecimal amount,
      String currency, String createdBy, Instant createdAt) {
    this.projectKey = projectKey;
    this.code = code;
    this.name = name;
    this.amount = amount;
    this.currency = currency;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
