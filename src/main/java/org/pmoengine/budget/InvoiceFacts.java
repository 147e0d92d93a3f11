package org.pmoengine.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything the invoice checks need to know about one invoice, gathered beforehand so a check
 * never queries anything (and rules can take the checks over as they are).
 *
 * @param sameNumberFromVendor how many other booked invoices of the project carry the same
 *     vendor and invoice number
 * @param vendorOnProject whether the vendor is registered on the project
 * @param bookedOnLine invoices (other than this one, rejected ones left out) and expenses
 *     already booked on the invoice's budget line
 */
public record InvoiceFacts(
    String projectKey,
    String vendor,
    String invoiceNumber,
    BigDecimal amount,
    String currency,
    LocalDate invoiceDate,
    String purchaseOrderRef,
    int sameNumberFromVendor,
    boolean vendorOnProject,
    String budgetLineCode,
    BigDecimal budgetLineAmount,
    BigDecimal bookedOnLine,
    LocalDate projectStart,
    LocalDate projectEnd) {

  /** What is left on the budget line before this invoice; negative when already overspent. */
  public BigDecimal remainingOnLine() {
    return budgetLineAmount.subtract(bookedOnLine);
  }

  public boolean hasPurchaseOrder() {
    return purchaseOrderRef != null && !purchaseOrderRef.isBlank();
  }

  /** Outside planned start .. planned end, both days included; unknown bounds don't count. */
  public boolean datedOutsideProject() {
    return (projectStart != null && invoiceDate.isBefore(projectStart))
        || (projectEnd != null && invoiceDate.isAfter(projectEnd));
  }
}
