package org.pmoengine.workspace;

import static org.pmoengine.workspace.RegistersController.blank;
import static org.pmoengine.workspace.RegistersController.date;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pmoengine.budget.BudgetBooking;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetForms.InvoiceForm;
import org.pmoengine.budget.BudgetForms.VendorForm;
import org.pmoengine.budget.BudgetLine;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.budget.BudgetRegisters.LineBalance;
import org.pmoengine.budget.BudgetReview;
import org.pmoengine.budget.BudgetValidation;
import org.pmoengine.budget.CheckedInvoice;
import org.pmoengine.budget.EarnedValue;
import org.pmoengine.budget.Expense;
import org.pmoengine.budget.Invoice;
import org.pmoengine.project.People;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectAccess;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Budget" tab of a project: budget lines with what is booked and left, invoices with what
 * the invoice checks found, expenses, vendors, and every budget validation with its verdict and
 * decisions. The project manager, the PMO and finance enter lines, vendors, invoices and
 * expenses here, through the services the API uses, so the same checks apply and an invoice or
 * expense starts the same budget validation.
 */
@Controller
@RequestMapping("/projects/{key}/budget")
class BudgetTabController {

  static final String TAB = "budget";

  record LineInput(String code, String name, String amount) {}

  record VendorInput(String vendorId, String name) {}

  record InvoiceInput(String budgetLineId, String vendor, String invoiceNumber, String amount,
      String invoiceDate, String purchaseOrderRef) {}

  record ExpenseInput(String budgetLineId, String description, String amount, String date) {}

  /** A budget validation as listed: its verdict, what the figures were, who decided. */
  record ReviewRow(BudgetReview review, EarnedValue figures, String cause, String explanation) {}

  private final ProjectPages pages;
  private final ProjectAccess access;
  private final BudgetRegisters registers;
  private final BudgetBooking booking;
  private final BudgetValidation validation;
  private final DecisionLog decisions;
  private final People people;
  private final CurrentUser user;

  BudgetTabController(ProjectPages pages, ProjectAccess access, BudgetRegisters registers,
      BudgetBooking booking, BudgetValidation validation, DecisionLog decisions, People people,
      CurrentUser user) {
    this.pages = pages;
    this.access = access;
    this.registers = registers;
    this.booking = booking;
    this.validation = validation;
    this.decisions = decisions;
    this.people = people;
    this.user = user;
  }

  @GetMapping
  String page(@PathVariable String key, Model model) {
    Project project = pages.open(key, TAB, model);
    List<LineBalance> balances = registers.balances(key);
    List<CheckedInvoice> invoices = registers.invoices(key);
    List<Expense> expenses = registers.expenses(key);
    Map<Long, String> lineCodes = balances.stream()
        .collect(Collectors.toMap(b -> b.line().getId(), b -> b.line().getCode()));
    BigDecimal planned = sum(balances, b -> b.line().getAmount());
    BigDecimal booked = sum(balances, LineBalance::booked);
    model.addAttribute("currency", registers.currencyOf(key));
    model.addAttribute("approvedBudget", project.getBudget());
    model.addAttribute("lines", balances);
    model.addAttribute("linesTotal", planned);
    model.addAttribute("bookedTotal", booked);
    model.addAttribute("remainingTotal", planned.subtract(booked));
    model.addAttribute("lineCodes", lineCodes);
    model.addAttribute("invoices", invoices);
    model.addAttribute("invoicesTotal", sum(invoices, c -> c.invoice().getAmount()));
    model.addAttribute("flaggedCount",
        invoices.stream().filter(c -> !c.findings().isEmpty()).count());
    model.addAttribute("expenses", expenses);
    model.addAttribute("expensesTotal", sum(expenses, Expense::getAmount));
    model.addAttribute("vendors", registers.vendors(key));
    model.addAttribute("reviews", reviews(key, invoices));
    model.addAttribute("canWrite", access.mayWrite(key, PmoGroups.FINANCE));
    Map<String, String> names = new HashMap<>();
    expenses.forEach(e -> names.computeIfAbsent(e.getCreatedBy(), this::name));
    validation.reviews(key).stream().map(BudgetReview::getDecidedBy)
        .filter(id -> id != null).forEach(id -> names.computeIfAbsent(id, this::name));
    model.addAttribute("names", names);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("failed", "");
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute("newLine", new LineInput(null, null, null));
    model.addAttribute("newVendor", new VendorInput(null, null));
    model.addAttribute("newInvoice", new InvoiceInput(null, null, null, null, null, null));
    model.addAttribute("newExpense", new ExpenseInput(null, null, null, null));
    return "workspace/budget";
  }

  @PostMapping("/lines")
  String addLine(@PathVariable String key, @ModelAttribute("input") LineInput input, Model model,
      RedirectAttributes redirect) {
    access.toWrite(key, PmoGroups.FINANCE);
    return attempt(key, "line", input, model, Map.of("amount", input.amount()), () -> {
      BudgetLine line = registers.addLine(key,
          new BudgetLineForm(input.code(), input.name(), amount(input.amount()), null), user.id());
      return done(redirect, key, "Budget line " + line.getCode() + " added.", "lines");
    });
  }

  @PostMapping("/vendors")
  String addVendor(@PathVariable String key, @ModelAttribute("input") VendorInput input,
      Model model, RedirectAttributes redirect) {
    access.toWrite(key, PmoGroups.FINANCE);
    return attempt(key, "vendor", input, model, Map.of(), () -> {
      registers.addVendor(key, new VendorForm(input.vendorId(), input.name()), user.id());
      return done(redirect, key, "Vendor " + input.vendorId().strip() + " added.", "vendors");
    });
  }

  @PostMapping("/invoices")
  String recordInvoice(@PathVariable String key, @ModelAttribute("input") InvoiceInput input,
      Model model, RedirectAttributes redirect) {
    access.toWrite(key, PmoGroups.FINANCE);
    Map<String, String> typed = new HashMap<>();
    typed.put("amount", input.amount());
    typed.put("invoiceDate", input.invoiceDate());
    return attempt(key, "invoice", input, model, typed, () -> {
      CheckedInvoice checked = booking.recordInvoice(key, new InvoiceForm(
          id(input.budgetLineId()), input.vendor(), input.invoiceNumber(), amount(input.amount()),
          date(input.invoiceDate()), input.purchaseOrderRef()), user.id());
      Invoice invoice = checked.invoice();
      String notice = "Invoice " + invoice.getInvoiceNumber() + " recorded"
          + (checked.findings().isEmpty() ? "; the checks found nothing."
              : " and flagged for finance: " + checked.findings().size()
                  + (checked.findings().size() == 1 ? " finding." : " findings."));
      return done(redirect, key, notice, "invoices");
    });
  }

  @PostMapping("/expenses")
  String addExpense(@PathVariable String key, @ModelAttribute("input") ExpenseInput input,
      Model model, RedirectAttributes redirect) {
    access.toWrite(key, PmoGroups.FINANCE);
    Map<String, String> typed = new HashMap<>();
    typed.put("amount", input.amount());
    typed.put("date", input.date());
    return attempt(key, "expense", input, model, typed, () -> {
      Expense expense = booking.addExpense(key, new ExpenseForm(id(input.budgetLineId()),
          input.description(), amount(input.amount()), date(input.date())), user.id());
      return done(redirect, key, "Expense “" + expense.getDescription() + "” booked.",
          "expenses");
    });
  }

  private List<ReviewRow> reviews(String key, List<CheckedInvoice> invoices) {
    Map<Long, String> numbers = invoices.stream().collect(Collectors.toMap(
        c -> c.invoice().getId(),
        c -> c.invoice().getVendor() + " " + c.invoice().getInvoiceNumber()));
    return validation.reviews(key).stream().map(r -> new ReviewRow(r, r.earnedValueFigures(),
        r.getInvoiceId() == null ? "An expense or a status report"
            : "Invoice " + numbers.getOrDefault(r.getInvoiceId(), "" + r.getInvoiceId()),
        r.getDecisionId() == null ? null
            : decisions.find(r.getDecisionId()).map(DecisionRecord::getExplanation).orElse(null)))
        .toList();
  }

  /**
   * Runs the entry; on invalid input shows the page again with what was typed and a message
   * next to each field. A number or date that could not be read is named as such, rather than
   * as missing.
   */
  private String attempt(String key, String formId, Object input, Model model,
      Map<String, String> typed, Supplier<String> change) {
    try {
      return change.get();
    } catch (InvalidInputException invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldProblem problem : invalid.problems()) {
        errors.putIfAbsent(problem.field(), problem.message());
      }
      typed.forEach((field, text) -> {
        if (!blank(text)) {
          if (field.equals("amount") && amount(text) == null) {
            errors.put(field, "Enter the amount as a number, such as 1250.50.");
          } else if (!field.equals("amount") && date(text) == null) {
            errors.put(field, "Enter the date as a date, such as 2026-12-31.");
          }
        }
      });
      model.addAttribute("failed", formId);
      model.addAttribute("errors", errors);
      model.addAttribute("input", input);
      return page(key, model);
    }
  }

  private static String done(RedirectAttributes redirect, String key, String notice,
      String anchor) {
    redirect.addFlashAttribute("notice", notice);
    redirect.addFlashAttribute("noticeFor", anchor);
    return "redirect:/projects/" + key + "/budget#" + anchor;
  }

  /** An amount as typed: "1,250.50" and "1250.5" are read; anything else is no amount. */
  static BigDecimal amount(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(",", "").replace(" ", ""));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static Long id(String text) {
    try {
      return blank(text) ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  private String name(String userId) {
    return people.find(userId).map(People.Person::name).orElse(userId);
  }

  private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
    return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
