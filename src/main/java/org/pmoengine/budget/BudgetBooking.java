package org.pmoengine.budget;

import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetForms.InvoiceForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books an invoice or an expense and starts the validation of the budget it changes, in one
 * transaction: the booking and its validation commit together, or neither does. The API and the
 * workspace's budget page both book through here. The caller has checked access.
 */
@Service
@Transactional
public class BudgetBooking {

  private final BudgetRegisters registers;
  private final BudgetValidationStarter validations;

  public BudgetBooking(BudgetRegisters registers, BudgetValidationStarter validations) {
    this.registers = registers;
    this.validations = validations;
  }

  public CheckedInvoice recordInvoice(String projectKey, InvoiceForm form, String userId) {
    CheckedInvoice checked = registers.recordInvoice(projectKey, form, userId);
    validations.forInvoice(projectKey, checked.invoice().getId());
    return checked;
  }

  public Expense addExpense(String projectKey, ExpenseForm form, String userId) {
    Expense expense = registers.addExpense(projectKey, form, userId);
    validations.forExpense(projectKey, expense.getId());
    return expense;
  }
}
