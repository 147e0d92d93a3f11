package org.pmoengine.budget;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetForms.InvoiceForm;
import org.pmoengine.budget.BudgetForms.VendorForm;
import org.pmoengine.budget.BudgetViews.BudgetLineView;
import org.pmoengine.budget.BudgetViews.ExpenseView;
import org.pmoengine.budget.BudgetViews.InvoiceView;
import org.pmoengine.budget.BudgetViews.VendorView;
import org.pmoengine.project.ProjectAccess;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The budget registers of a project. The project manager, the PMO and finance keep them; the
 * project's readers (gate board, sponsor) see them.
 */
@RestController
@RequestMapping("/api/projects/{key}")
class BudgetController {

  private final BudgetRegisters registers;
  private final ProjectAccess access;
  private final CurrentUser user;
  private final BudgetBooking booking;

  BudgetController(BudgetRegisters registers, ProjectAccess access, CurrentUser user,
      BudgetBooking booking) {
    this.registers = registers;
    this.access = access;
    this.user = user;
    this.booking = booking;
  }

  @GetMapping("/budget-lines")
  List<BudgetLineView> lines(@PathVariable String key) {
    access.toRead(key);
    return registers.balances(key).stream()
        .map(b -> BudgetLineView.of(b.line(), b.booked())).toList();
  }

  @PostMapping("/budget-lines")
  ResponseEntity<BudgetLineView> addLine(@PathVariable String key,
      @RequestBody BudgetLineForm form) {
    access.toWrite(key, PmoGroups.FINANCE);
    BudgetLine line = registers.addLine(key, form, user.id());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(BudgetLineView.of(line, BigDecimal.ZERO));
  }

  @GetMapping("/vendors")
  List<VendorView> vendors(@PathVariable String key) {
    access.toRead(key);
    return registers.vendors(key).stream().map(VendorView::of).toList();
  }

  @PostMapping("/vendors")
  ResponseEntity<VendorView> addVendor(@PathVariable String key, @RequestBody VendorForm form) {
    access.toWrite(key, PmoGroups.FINANCE);
    ProjectVendor vendor = registers.addVendor(key, form, user.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(VendorView.of(vendor));
  }

  @GetMapping("/invoices")
  List<InvoiceView> invoices(@PathVariable String key) {
    access.toRead(key);
    return registers.invoices(key).stream().map(InvoiceView::of).toList();
  }

  @GetMapping("/invoices/{id}")
  InvoiceView invoice(@PathVariable String key, @PathVariable long id) {
    access.toRead(key);
    return InvoiceView.of(registers.invoice(key, id));
  }

  @PostMapping("/invoices")
  ResponseEntity<InvoiceView> recordInvoice(@PathVariable String key,
      @RequestBody InvoiceForm form) {
    access.toWrite(key, PmoGroups.FINANCE);
    CheckedInvoice checked = booking.recordInvoice(key, form, user.id());
    return ResponseEntity.created(URI.create(
        "/api/projects/" + key + "/invoices/" + checked.invoice().getId()))
        .body(InvoiceView.of(checked));
  }

  @GetMapping("/expenses")
  List<ExpenseView> expenses(@PathVariable String key) {
    access.toRead(key);
    return registers.expenses(key).stream().map(ExpenseView::of).toList();
  }

  @PostMapping("/expenses")
  ResponseEntity<ExpenseView> addExpense(@PathVariable String key,
      @RequestBody ExpenseForm form) {
    access.toWrite(key, PmoGroups.FINANCE);
    Expense expense = booking.addExpense(key, form, user.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(ExpenseView.of(expense));
  }
}
