package org.pmoengine.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetForms.InvoiceForm;
import org.pmoengine.budget.BudgetForms.VendorForm;
import org.pmoengine.web.FieldProblem;

/**
 * Checks budget register input field by field. What depends on stored data (the budget line
 * belongs to the project, a code is free) is checked by {@link BudgetRegisters}.
 */
final class BudgetValidator {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

  private BudgetValidator() {}

  static List<FieldProblem> validate(BudgetLineForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "code", "code of the budget line", form.code(), 30);
    required(problems, "name", "name of the budget line", form.name(), 200);
    amount(problems, "amount", form.amount());
    if (form.currency() != null && !isCurrency(form.currency())) {
      problems.add(new FieldProblem("currency",
          "Enter the currency as a three-letter ISO code, such as EUR."));
    }
    return problems;
  }

  static List<FieldProblem> validate(VendorForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "vendorId", "vendor id", form.vendorId(), 64);
    required(problems, "name", "vendor name", form.name(), 200);
    return problems;
  }

  static List<FieldProblem> validate(InvoiceForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form.budgetLineId() == null) {
      problems.add(new FieldProblem("budgetLineId", "Choose the budget line."));
    }
    required(problems, "vendor", "vendor id", form.vendor(), 64);
    required(problems, "invoiceNumber", "invoice number", form.invoiceNumber(), 64);
    amount(problems, "amount", form.amount());
    if (form.invoiceDate() == null) {
      problems.add(new FieldProblem("invoiceDate", "Enter the invoice date."));
    }
    if (form.purchaseOrderRef() != null && form.purchaseOrderRef().strip().length() > 64) {
      problems.add(new FieldProblem("purchaseOrderRef",
          "The purchase order reference is too long: at most 64 characters."));
    }
    return problems;
  }

  static List<FieldProblem> validate(ExpenseForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form.budgetLineId() == null) {
      problems.add(new FieldProblem("budgetLineId", "Choose the budget line."));
    }
    required(problems, "description", "description", form.description(), 500);
    amount(problems, "amount", form.amount());
    if (form.date() == null) {
      problems.add(new FieldProblem("date", "Enter the date of the expense."));
    }
    return problems;
  }

  static boolean isCurrency(String code) {
    try {
      return code.length() == 3 && Currency.getInstance(code) != null;
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }

  private static void required(List<FieldProblem> problems, String field, String label,
      String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "Enter the " + label + "."));
    } else if (value.strip().length() > max) {
      problems.add(new FieldProblem(field,
          "The " + label + " is too long: at most " + max + " characters."));
    }
  }

  private static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "Enter the amount."));
    } else if (value.signum() <= 0) {
      problems.add(new FieldProblem(field, "The amount must be more than zero."));
    } else if (value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem(field,
          "The amount must have at most two decimals and be below 10 trillion."));
    }
  }
}
