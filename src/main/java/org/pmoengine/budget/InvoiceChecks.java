package org.pmoengine.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks every invoice goes through: a duplicate invoice number from the same vendor, more
 * than the budget line has left, no purchase order, a vendor not engaged on the project, and a
 * date outside the project. A finding does not stop the invoice; it flags it for finance.
 *
 * <p>{@link #check(InvoiceFacts)} is pure: it reads only the facts, so
 * {@code rules/budget-validation.drl} can take the checks over with the same facts and codes.
 */
@Service
public class InvoiceChecks {

  private final BudgetRegisters registers;

  public InvoiceChecks(BudgetRegisters registers) {
    this.registers = registers;
  }

  /** The findings of an invoice, stored or not, against the project's current bookings. */
  @Transactional(readOnly = true)
  public List<InvoiceFinding> findings(Invoice invoice) {
    return check(registers.bookingsOf(invoice.getProjectKey()).factsOf(invoice));
  }

  public static List<InvoiceFinding> check(InvoiceFacts facts) {
    List<InvoiceFinding> findings = new ArrayList<>();
    if (facts.sameNumberFromVendor() > 0) {
      findings.add(new InvoiceFinding(InvoiceFinding.DUPLICATE_NUMBER,
          "Vendor %s has already invoiced number %s on %s."
              .formatted(facts.vendor(), facts.invoiceNumber(), facts.projectKey())));
    }
    if (facts.amount().compareTo(facts.remainingOnLine()) > 0) {
      findings.add(new InvoiceFinding(InvoiceFinding.OVER_REMAINING_BUDGET,
          "%s %s is more than the %s %s left on budget line %s (%s %s, of which %s %s booked)."
              .formatted(money(facts.amount()), facts.currency(),
                  money(facts.remainingOnLine()), facts.currency(), facts.budgetLineCode(),
                  money(facts.budgetLineAmount()), facts.currency(),
                  money(facts.bookedOnLine()), facts.currency())));
    }
    if (!facts.hasPurchaseOrder()) {
      findings.add(new InvoiceFinding(InvoiceFinding.MISSING_PURCHASE_ORDER,
          "The invoice names no purchase order."));
    }
    if (!facts.vendorOnProject()) {
      findings.add(new InvoiceFinding(InvoiceFinding.VENDOR_NOT_ON_PROJECT,
          "Vendor %s is not registered on %s.".formatted(facts.vendor(), facts.projectKey())));
    }
    if (facts.datedOutsideProject()) {
      findings.add(new InvoiceFinding(InvoiceFinding.DATE_OUTSIDE_PROJECT,
          "The invoice date %s is outside the project (%s to %s)."
              .formatted(facts.invoiceDate(), facts.projectStart(), facts.projectEnd())));
    }
    return findings;
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
