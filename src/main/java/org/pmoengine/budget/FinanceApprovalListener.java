package org.pmoengine.budget;

import static org.pmoengine.budget.BudgetValidationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.security.EngineUser;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** Finance approval: on complete, checks the decision and hands the outcome to the caller. */
@Component("financeApproval")
public class FinanceApprovalListener implements TaskListener {

  private final BudgetValidation validation;

  public FinanceApprovalListener(BudgetValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(FINANCE_DECISION);
    if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
      throw new InvalidInputException(List.of(
          new FieldProblem(FINANCE_DECISION, "Choose Approve or Reject.")));
    }
    boolean approved = "APPROVE".equals(decision);
    Object invoiceId = task.getVariable(INVOICE_ID);
    validation.financeDecided((String) task.getVariable(PROJECT_KEY),
        invoiceId == null ? null : ((Number) invoiceId).longValue(), approved,
        EngineUser.of(task));
    task.getExecution().setVariable(BUDGET_OUTCOME, approved ? APPROVED : REJECTED);
  }
}
