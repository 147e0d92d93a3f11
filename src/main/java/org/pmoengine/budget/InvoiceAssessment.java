package org.pmoengine.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.Sentences;

/**
 * The fact the rules in {@code rules/invoice-checks.drl} work on: one invoice with everything the
 * checks need, and the findings the rules record.
 */
public class InvoiceAssessment {

  private final InvoiceFacts facts;
  private final List<InvoiceFinding> findings = new ArrayList<>();
  private final List<RuleContribution> contributions = new ArrayList<>();

  public InvoiceAssessment(InvoiceFacts facts) {
    this.facts = facts;
  }

  /** A rule found something: a stable code and a sentence for finance. */
  public void find(String rule, String code, String template, Object... args) {
    String message = Sentences.format(template, args);
    findings.add(new InvoiceFinding(code, message));
    contributions.add(new RuleContribution(rule, 0, message));
  }

  public List<InvoiceFinding> findings() {
    return List.copyOf(findings);
  }

  public List<RuleContribution> contributions() {
    return List.copyOf(contributions);
  }

  public String explanation() {
    if (findings.isEmpty()) {
      return "Invoice " + facts.invoiceNumber() + " of " + facts.vendor() + ": no findings.";
    }
    StringBuilder out = new StringBuilder("Invoice " + facts.invoiceNumber() + " of "
        + facts.vendor() + " is flagged:");
    findings.forEach(f -> out.append(' ').append(f.message()));
    return out.toString();
  }

  public InvoiceFacts getFacts() { return facts; }
  public String getProjectKey() { return facts.projectKey(); }
  public String getVendor() { return facts.vendor(); }
  public String getInvoiceNumber() { return facts.invoiceNumber(); }
  public String getCurrency() { return facts.currency(); }
  public String getBudgetLineCode() { return facts.budgetLineCode(); }
  public int getSameNumberFromVendor() { return facts.sameNumberFromVendor(); }
  public boolean isVendorOnProject() { return facts.vendorOnProject(); }
  public boolean isPurchaseOrderGiven() { return facts.hasPurchaseOrder(); }
  public boolean isDatedOutsideProject() { return facts.datedOutsideProject(); }
  public boolean isOverRemainingBudget() { return facts.amount().compareTo(facts.remainingOnLine()) > 0; }
  public String getInvoiceDate() { return String.valueOf(facts.invoiceDate()); }
  public String getProjectStart() { return String.valueOf(facts.projectStart()); }
  public String getProjectEnd() { return String.valueOf(facts.projectEnd()); }
  public String getAmountText() { return money(facts.amount()); }
  public String getRemainingText() { return money(facts.remainingOnLine()); }
  public String getLineAmountText() { return money(facts.budgetLineAmount()); }
  public String getBookedText() { return money(facts.bookedOnLine()); }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
