package org.pmoengine.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetForms.InvoiceForm;
import org.pmoengine.budget.BudgetForms.VendorForm;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget registers of each project: budget lines, vendors, invoices and expenses. The
 * caller has checked access. Invalid input stores nothing; an invoice that breaks a budget rule
 * is stored, flagged, with its findings.
 */
@Service
@Transactional
public class BudgetRegisters {

  private static final Logger log = LoggerFactory.getLogger(BudgetRegisters.class);

  private final ProjectRepository projects;
  private final BudgetLineRepository lines;
  private final ProjectVendorRepository vendors;
  private final InvoiceRepository invoices;
  private final ExpenseRepository expenses;
  private final BudgetProperties properties;
  private final InvoiceChecks checks;
  private final Clock clock;

  public BudgetRegisters(ProjectRepository projects, BudgetLineRepository lines,
      ProjectVendorRepository vendors, InvoiceRepository invoices, ExpenseRepository expenses,
      BudgetProperties properties, InvoiceChecks checks, Clock clock) {
    this.projects = projects;
    this.lines = lines;
    this.vendors = vendors;
    this.invoices = invoices;
    this.expenses = expenses;
    this.properties = properties;
    this.checks = checks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<BudgetLine> lines(String projectKey) {
    return lines.findByProjectKeyOrderByCodeAsc(projectKey);
  }

  /** A budget line with what is booked on it: invoices not rejected, and expenses. */
  public record LineBalance(BudgetLine line, BigDecimal booked) {

    public BigDecimal remaining() {
      return line.getAmount().subtract(booked);
    }
  }

  /** The budget lines of a project, by code, each with what is booked on it. */
  @Transactional(readOnly = true)
  public List<LineBalance> balances(String projectKey) {
    ProjectBookings bookings = bookingsOf(projectKey);
    return bookings.lines().stream()
        .map(l -> new LineBalance(l, bookings.bookedOnLine(l.getId(), null))).toList();
  }

  @Transactional(readOnly = true)
  public List<ProjectVendor> vendors(String projectKey) {
    return vendors.findByProjectKeyOrderByVendorIdAsc(projectKey);
  }

  @Transactional(readOnly = true)
  public List<Expense> expenses(String projectKey) {
    return expenses.findByProjectKeyOrderByExpenseDateAscIdAsc(projectKey);
  }

  /** The invoices of a project, each with its findings against the current bookings. */
  @Transactional(readOnly = true)
  public List<CheckedInvoice> invoices(String projectKey) {
    ProjectBookings bookings = bookingsOf(projectKey);
    return bookings.invoices().stream()
        .map(i -> new CheckedInvoice(i, checks.check(bookings.factsOf(i)))).toList();
  }

  @Transactional(readOnly = true)
  public CheckedInvoice invoice(String projectKey, long id) {
    Invoice invoice = invoices.findByIdAndProjectKey(id, projectKey).orElseThrow(
        () -> new NotFoundException("Project " + projectKey + " has no invoice " + id + "."));
    return new CheckedInvoice(invoice,
        checks.check(bookingsOf(projectKey).factsOf(invoice)));
  }

  /** The currency of the project's budget: that of its first line, or the configured default. */
  @Transactional(readOnly = true)
  public String currencyOf(String projectKey) {
    return lines(projectKey).stream().findFirst().map(BudgetLine::getCurrency)
        .orElse(properties.currency());
  }

  /** Actual cost (AC) of a project: its booked invoices and expenses, rejected invoices left out. */
  @Transactional(readOnly = true)
  public BigDecimal actualCost(String projectKey) {
    return bookingsOf(projectKey).actualCost(null);
  }

  /** Actual cost (AC) at a status date: invoices and expenses dated on or before it. */
  @Transactional(readOnly = true)
  public BigDecimal actualCost(String projectKey, LocalDate statusDate) {
    return bookingsOf(projectKey).actualCost(statusDate);
  }

  public BudgetLine addLine(String projectKey, BudgetLineForm form, String userId) {
    List<FieldProblem> problems = new ArrayList<>(BudgetValidator.validate(form));
    String currency = currencyOf(projectKey);
    if (form.currency() != null && !problems.stream().anyMatch(p -> p.field().equals("currency"))
        && !form.currency().equals(currency)) {
      problems.add(new FieldProblem("currency",
          "The budget of " + projectKey + " is kept in " + currency + "."));
    }
    if (form.code() != null && lines(projectKey).stream()
        .anyMatch(l -> l.getCode().equalsIgnoreCase(form.code().strip()))) {
      problems.add(new FieldProblem("code",
          "Project " + projectKey + " already has a budget line " + form.code().strip() + "."));
    }
    requireValid(problems);
    BudgetLine line = lines.save(new BudgetLine(projectKey, form.code().strip(),
        form.name().strip(), form.amount(), currency, userId, clock.instant()));
    log.info("Budget line {} of {} {} added to {} by {}", line.getCode(), line.getAmount(),
        currency, projectKey, userId);
    return line;
  }

  public ProjectVendor addVendor(String projectKey, VendorForm form, String userId) {
    List<FieldProblem> problems = new ArrayList<>(BudgetValidator.validate(form));
    if (form.vendorId() != null
        && vendors(projectKey).stream().anyMatch(v -> v.is(form.vendorId()))) {
      problems.add(new FieldProblem("vendorId",
          "Vendor " + form.vendorId().strip() + " is already on " + projectKey + "."));
    }
    requireValid(problems);
    ProjectVendor vendor = vendors.save(new ProjectVendor(projectKey, form.vendorId().strip(),
        form.name().strip(), userId, clock.instant()));
    log.info("Vendor {} added to {} by {}", vendor.getVendorId(), projectKey, userId);
    return vendor;
  }

  /** Stores a valid invoice, flagged when a check finds something, and returns the findings. */
  public CheckedInvoice recordInvoice(String projectKey, InvoiceForm form, String userId) {
    List<FieldProblem> problems = new ArrayList<>(BudgetValidator.validate(form));
    ProjectBookings bookings = bookingsOf(projectKey);
    requireLineOfProject(problems, bookings, form.budgetLineId());
    requireValid(problems);
    Invoice invoice = new Invoice(projectKey, form.budgetLineId(), form.vendor().strip(),
        form.invoiceNumber().strip(), form.amount(), form.invoiceDate(),
        blankToNull(form.purchaseOrderRef()), userId, clock.instant());
    invoices.save(invoice);
    List<InvoiceFinding> findings = checks.checkAndRecord(invoice.getId(),
        bookings.factsOf(invoice));
    invoice.checked(!findings.isEmpty());
    log.info("Invoice {} of vendor {} ({} {}) recorded on {} by {}: {}", invoice.getInvoiceNumber(),
        invoice.getVendor(), invoice.getAmount(), bookings.currency(), projectKey, userId,
        findings.isEmpty() ? "no findings"
            : findings.stream().map(InvoiceFinding::code).toList());
    return new CheckedInvoice(invoice, findings);
  }

  public Expense addExpense(String projectKey, ExpenseForm form, String userId) {
    List<FieldProblem> problems = new ArrayList<>(BudgetValidator.validate(form));
    requireLineOfProject(problems, bookingsOf(projectKey), form.budgetLineId());
    requireValid(problems);
    Expense expense = expenses.save(new Expense(projectKey, form.budgetLineId(),
        form.description().strip(), form.amount(), form.date(), userId, clock.instant()));
    log.info("Expense {} of {} recorded on {} by {}", expense.getId(), expense.getAmount(),
        projectKey, userId);
    return expense;
  }

  @Transactional(readOnly = true)
  ProjectBookings bookingsOf(String projectKey) {
    Project project = projects.getByKey(projectKey);
    List<BudgetLine> projectLines = lines(projectKey);
    String currency = projectLines.stream().findFirst().map(BudgetLine::getCurrency)
        .orElse(properties.currency());
    return new ProjectBookings(project, currency, projectLines, vendors(projectKey),
        invoices.findByProjectKeyOrderByInvoiceDateAscIdAsc(projectKey), expenses(projectKey));
  }

  private static void requireLineOfProject(List<FieldProblem> problems, ProjectBookings bookings,
      Long lineId) {
    if (lineId != null && bookings.line(lineId).isEmpty()) {
      problems.add(new FieldProblem("budgetLineId", "Project " + bookings.project().getKey()
          + " has no budget line " + lineId + "."));
    }
  }

  private static void requireValid(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
