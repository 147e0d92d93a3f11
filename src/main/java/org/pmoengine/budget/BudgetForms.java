package org.pmoengine.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the budget registers take as input. */
public final class BudgetForms {

  private BudgetForms() {}

  /** @param currency optional; the project's currency when left out */
  public record BudgetLineForm(String code, String name, BigDecimal amount, String currency) {}

  /** @param vendorId the short id invoices name the vendor by, such as {@code ACME} */
  public record VendorForm(String vendorId, String name) {}

  /** @param vendor the vendor id */
  public record InvoiceForm(Long budgetLineId, String vendor, String invoiceNumber,
      BigDecimal amount, LocalDate invoiceDate, String purchaseOrderRef) {}

  public record ExpenseForm(Long budgetLineId, String description, BigDecimal amount,
      LocalDate date) {}
}
