package org.pmoengine.budget;

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
 * A vendor's invoice booked on a budget line. It is stored even when it breaks a budget rule;
 * {@link InvoiceChecks} says which, and finance decides.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  @Column(name = "budget_line_id", nullable = false, updatable = false)
  private Long budgetLineId;

  private String vendor;
  private String invoiceNumber;
  private BigDecimal amount;
  private LocalDate invoiceDate;
  private String purchaseOrderRef;

  @Enumerated(EnumType.STRING)
  private InvoiceStatus status;

  @Column(updatable = false)
  private String createdBy;

  @Column(updatable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Invoice() {}

  public Invoice(String projectKey, Long budgetLineId, String vendor, String invoiceNumber,
      BigDecimal amount, LocalDate invoiceDate, String purchaseOrderRef, String createdBy,
      Instant createdAt) {
    this.projectKey = projectKey;
    this.budgetLineId = budgetLineId;
    this.vendor = vendor;
    this.invoiceNumber = invoiceNumber;
    this.amount = amount;
    this.invoiceDate = invoiceDate;
    this.purchaseOrderRef = purchaseOrderRef;
    this.status = InvoiceStatus.RECORDED;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Whether this is the same invoice as another one: same vendor and number, any case. */
  public boolean sameNumberAs(Invoice other) {
    return vendor.equalsIgnoreCase(other.vendor)
        && invoiceNumber.equalsIgnoreCase(other.invoiceNumber);
  }

  /** Flags the invoice when a check found something; a decided invoice keeps its decision. */
  void checked(boolean anyFinding) {
    if (status == InvoiceStatus.RECORDED || status == InvoiceStatus.FLAGGED) {
      status = anyFinding ? InvoiceStatus.FLAGGED : InvoiceStatus.RECORDED;
    }
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public Long getBudgetLineId() { return budgetLineId; }
  public String getVendor() { return vendor; }
  public String getInvoiceNumber() { return invoiceNumber; }
  public BigDecimal getAmount() { return amount; }
  public LocalDate getInvoiceDate() { return invoiceDate; }
  public String getPurchaseOrderRef() { return purchaseOrderRef; }
  public InvoiceStatus getStatus() { return status; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
