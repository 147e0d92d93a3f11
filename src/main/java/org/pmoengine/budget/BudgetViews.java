package org.pmoengine.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The budget registers as the API shows them. */
final class BudgetViews {

  private BudgetViews() {}

  /** A budget line with what is booked on it and what is left. */
  record BudgetLineView(Long id, String projectKey, String code, String name, BigDecimal amount,
      String currency, BigDecimal booked, BigDecimal remaining, String createdBy,
      Instant createdAt) {

    static BudgetLineView of(BudgetLine line, BigDecimal booked) {
      return new BudgetLineView(line.getId(), line.getProjectKey(), line.getCode(),
          line.getName(), line.getAmount(), line.getCurrency(), booked,
          line.getAmount().subtract(booked), line.getCreatedBy(), line.getCreatedAt());
    }
  }

  record VendorView(Long id, String projectKey, String vendorId, String name) {

    static VendorView of(ProjectVendor v) {
      return new VendorView(v.getId(), v.getProjectKey(), v.getVendorId(), v.getName());
    }
  }

  record InvoiceView(Long id, String projectKey, Long budgetLineId, String vendor,
      String invoiceNumber, BigDecimal amount, LocalDate invoiceDate, String purchaseOrderRef,
      InvoiceStatus status, String createdBy, Instant createdAt, List<InvoiceFinding> findings) {

    static InvoiceView of(CheckedInvoice checked) {
      Invoice i = checked.invoice();
      return new InvoiceView(i.getId(), i.getProjectKey(), i.getBudgetLineId(), i.getVendor(),
          i.getInvoiceNumber(), i.getAmount(), i.getInvoiceDate(), i.getPurchaseOrderRef(),
          i.getStatus(), i.getCreatedBy(), i.getCreatedAt(), checked.findings());
    }
  }

  record ExpenseView(Long id, String projectKey, Long budgetLineId, String description,
      BigDecimal amount, LocalDate date, String createdBy, Instant createdAt) {

    static ExpenseView of(Expense e) {
      return new ExpenseView(e.getId(), e.getProjectKey(), e.getBudgetLineId(),
          e.getDescription(), e.getAmount(), e.getExpenseDate(), e.getCreatedBy(),
          e.getCreatedAt());
    }
  }
}
