package org.pmoengine.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pmoengine.project.Project;

/** A snapshot of a project's budget registers, read once to check or sum many bookings. */
record ProjectBookings(Project project, String currency, List<BudgetLine> lines,
    List<ProjectVendor> vendors, List<Invoice> invoices, List<Expense> expenses) {

  Optional<BudgetLine> line(Long id) {
    return lines.stream().filter(l -> l.getId().equals(id)).findFirst();
  }

  /**
   * Booked invoices and expenses on the line, leaving out {@code excluded} (an invoice being
   * checked, which may be unsaved; {@code null} leaves out nothing).
   */
  BigDecimal bookedOnLine(Long lineId, Invoice excluded) {
    BigDecimal invoiced = invoices.stream()
        .filter(i -> i.getBudgetLineId().equals(lineId) && i.getStatus().isBooked()
            && !isSame(i, excluded))
        .map(Invoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal spent = expenses.stream().filter(e -> e.getBudgetLineId().equals(lineId))
        .map(Expense::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return invoiced.add(spent);
  }

  /**
   * Booked invoices and expenses of the whole project dated on or before {@code asOf} (all of
   * them when it is {@code null}): the actual cost (AC).
   */
  BigDecimal actualCost(LocalDate asOf) {
    BigDecimal invoiced = invoices.stream()
        .filter(i -> i.getStatus().isBooked() && onOrBefore(i.getInvoiceDate(), asOf))
        .map(Invoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal spent = expenses.stream().filter(e -> onOrBefore(e.getExpenseDate(), asOf))
        .map(Expense::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return invoiced.add(spent);
  }

  private static boolean onOrBefore(LocalDate date, LocalDate asOf) {
    return asOf == null || !date.isAfter(asOf);
  }

  InvoiceFacts factsOf(Invoice invoice) {
    BudgetLine line = line(invoice.getBudgetLineId()).orElseThrow(() -> new IllegalStateException(
        "Invoice " + invoice.getId() + " is on a budget line of another project"));
    int sameNumber = (int) invoices.stream()
        .filter(i -> i.getStatus().isBooked() && !isSame(i, invoice) && i.sameNumberAs(invoice))
        .count();
    boolean vendorOnProject = vendors.stream().anyMatch(v -> v.is(invoice.getVendor()));
    return new InvoiceFacts(project.getKey(), invoice.getVendor(), invoice.getInvoiceNumber(),
        invoice.getAmount(), currency, invoice.getInvoiceDate(), invoice.getPurchaseOrderRef(),
        sameNumber, vendorOnProject, line.getCode(), line.getAmount(),
        bookedOnLine(line.getId(), invoice), project.getPlannedStart(), project.getPlannedEnd());
  }

  private static boolean isSame(Invoice a, Invoice b) {
    return a == b || (a != null && b != null && a.getId() != null && a.getId().equals(b.getId()));
  }
}
