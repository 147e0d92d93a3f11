package org.pmoengine.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of validating a project's budget: the earned value, the budget rules' verdict and,
 * when an invoice started the validation, what its checks found.
 */
public record BudgetCheck(EarnedValue earnedValue, BudgetVerdict verdict,
    List<InvoiceFinding> invoiceFindings) {

  /** Finance approves when the rules require it or when an invoice was flagged. */
  public boolean needsFinanceApproval() {
    return verdict.requiredApprovals().contains("finance") || !invoiceFindings.isEmpty();
  }

  /** Every finding as one line each, for the finance form. */
  public String findings() {
    List<String> lines = new ArrayList<>(verdict.reasons());
    invoiceFindings.forEach(f -> lines.add("Invoice: " + f.message()));
    return String.join("\n", lines);
  }
}
