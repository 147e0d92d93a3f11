package org.pmoengine.budget;

import static org.pmoengine.budget.BudgetValidationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.security.PmoGroups;
import org.springframework.stereotype.Component;

/** Earned value and budget rules; routes to finance when an approval is required. */
@Component("assessBudget")
public class AssessBudgetDelegate implements JavaDelegate {

  private final BudgetValidation validation;

  public AssessBudgetDelegate(BudgetValidation validation) {
    this.validation = validation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object invoiceId = execution.getVariable(INVOICE_ID);
    BudgetCheck check = validation.validate((String) execution.getVariable(PROJECT_KEY),
        invoiceId == null ? null : ((Number) invoiceId).longValue());
    execution.setVariable(BUDGET_OUTCOME,
        check.needsFinanceApproval() ? APPROVAL_REQUIRED : WITHIN_TOLERANCE);
    execution.setVariable(BUDGET_FINDINGS, check.findings());
    execution.setVariable(REQUIRED_APPROVALS, String.join(", ", check.verdict().requiredApprovals()));
    execution.setVariable(BOARD_APPROVAL_REQUIRED,
        check.verdict().requiredApprovals().contains(PmoGroups.GATE_BOARD));
    execution.setVariable(WARNING_LEVEL, check.verdict().warningLevel().name());
    execution.setVariable(VARIANCE_PERCENT, check.verdict().variancePercent().toPlainString());
    execution.setVariable(EARNED_VALUE_SUMMARY, ProjectEarnedValue.summary(check.earnedValue()));
  }
}
