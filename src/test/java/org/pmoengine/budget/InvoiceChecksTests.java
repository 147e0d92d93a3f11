package org.pmoengine.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each invoice check of {@code rules/invoice-checks.drl} on its own facts: one failing case, and
 * its boundary that passes.
 */
class InvoiceChecksTests {

  static InvoiceChecks checks;

  @org.junit.jupiter.api.BeforeAll
  static void loadRules() {
    checks = new InvoiceChecks(
        new org.pmoengine.scoring.RuleEngine(new org.pmoengine.scoring.RulesProperties(null)), null);
  }

  @Test
  void cleanInvoiceHasNoFindings() {
    assertThat(checks.check(anInvoice().build())).isEmpty();
  }

  @Test
  void sameNumberFromTheSameVendorIsADuplicate() {
    List<InvoiceFinding> findings = checks.check(anInvoice().sameNumberFromVendor(1).build());

    assertThat(codes(findings)).containsExactly(InvoiceFinding.DUPLICATE_NUMBER);
    assertThat(findings.get(0).message())
        .isEqualTo("Vendor ACME has already invoiced number A-17 on PRJ-2098-0001.");
  }

  @Test
  void amountAboveWhatTheLineHasLeftIsOverBudget() {
    List<InvoiceFinding> findings = checks.check(
        anInvoice().amount("2000.01").line("10000", "8000").build());

    assertThat(codes(findings)).containsExactly(InvoiceFinding.OVER_REMAINING_BUDGET);
    assertThat(findings.get(0).message()).isEqualTo("2000.01 EUR is more than the 2000.00 EUR"
        + " left on budget line HW (10000.00 EUR, of which 8000.00 EUR booked).");
  }

  @Test
  void amountUsingExactlyWhatIsLeftIsWithinBudget() {
    assertThat(checks.check(anInvoice().amount("2000").line("10000", "8000").build()))
        .isEmpty();
  }

  @Test
  void anyAmountOnAnOverspentLineIsOverBudget() {
    assertThat(codes(checks.check(
        anInvoice().amount("1").line("10000", "10500").build())))
        .containsExactly(InvoiceFinding.OVER_REMAINING_BUDGET);
  }

  @Test
  void blankPurchaseOrderIsMissing() {
    assertThat(codes(checks.check(anInvoice().purchaseOrder(" ").build())))
        .containsExactly(InvoiceFinding.MISSING_PURCHASE_ORDER);
    assertThat(codes(checks.check(anInvoice().purchaseOrder(null).build())))
        .containsExactly(InvoiceFinding.MISSING_PURCHASE_ORDER);
  }

  @Test
  void vendorNotRegisteredOnTheProjectIsFound() {
    assertThat(codes(checks.check(anInvoice().vendorOnProject(false).build())))
        .containsExactly(InvoiceFinding.VENDOR_NOT_ON_PROJECT);
  }

  @Test
  void dateBeforeTheStartOrAfterTheEndIsOutsideTheProject() {
    assertThat(codes(checks.check(anInvoice().dated("2097-12-31").build())))
        .containsExactly(InvoiceFinding.DATE_OUTSIDE_PROJECT);
    assertThat(codes(checks.check(anInvoice().dated("2099-01-01").build())))
        .containsExactly(InvoiceFinding.DATE_OUTSIDE_PROJECT);
  }

  @Test
  void firstAndLastDayOfTheProjectAreInside() {
    assertThat(checks.check(anInvoice().dated("2098-01-01").build())).isEmpty();
    assertThat(checks.check(anInvoice().dated("2098-12-31").build())).isEmpty();
  }

  @Test
  void everyBrokenRuleIsReportedInAFixedOrder() {
    InvoiceFacts bad = anInvoice().sameNumberFromVendor(2).amount("5000").line("1000", "0")
        .purchaseOrder(null).vendorOnProject(false).dated("2100-01-01").build();

    assertThat(codes(checks.check(bad))).containsExactly(
        InvoiceFinding.DUPLICATE_NUMBER, InvoiceFinding.OVER_REMAINING_BUDGET,
        InvoiceFinding.MISSING_PURCHASE_ORDER, InvoiceFinding.VENDOR_NOT_ON_PROJECT,
        InvoiceFinding.DATE_OUTSIDE_PROJECT);
  }

  private static List<String> codes(List<InvoiceFinding> findings) {
    return findings.stream().map(InvoiceFinding::code).toList();
  }

  static FactsBuilder anInvoice() {
    return new FactsBuilder();
  }

  /** A clean invoice of 1 000 EUR on a line of 10 000 with nothing booked, unless told. */
  static final class FactsBuilder {
    private BigDecimal amount = new BigDecimal("1000");
    private LocalDate date = LocalDate.of(2098, 3, 15);
    private String purchaseOrder = "PO-4711";
    private int sameNumber;
    private boolean vendorOnProject = true;
    private BigDecimal lineAmount = new BigDecimal("10000");
    private BigDecimal booked = BigDecimal.ZERO;

    FactsBuilder amount(String value) { amount = new BigDecimal(value); return this; }
    FactsBuilder dated(String value) { date = LocalDate.parse(value); return this; }
    FactsBuilder purchaseOrder(String value) { purchaseOrder = value; return this; }
    FactsBuilder sameNumberFromVendor(int count) { sameNumber = count; return this; }
    FactsBuilder vendorOnProject(boolean value) { vendorOnProject = value; return this; }

    FactsBuilder line(String lineAmount, String booked) {
      this.lineAmount = new BigDecimal(lineAmount);
      this.booked = new BigDecimal(booked);
      return this;
    }

    InvoiceFacts build() {
      return new InvoiceFacts("PRJ-2098-0001", "ACME", "A-17", amount, "EUR", date,
          purchaseOrder, sameNumber, vendorOnProject, "HW", lineAmount, booked,
          LocalDate.of(2098, 1, 1), LocalDate.of(2098, 12, 31));
    }
  }
}
