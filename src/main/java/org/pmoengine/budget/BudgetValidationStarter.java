package org.pmoengine.budget;

import static org.pmoengine.budget.BudgetValidationVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pmoengine.security.EngineCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts {@code budget-validation} when an invoice or an expense is recorded. The PMO Engine starts it, not the
 * user who recorded the invoice, so it runs without the user's engine authorizations; the user
 * was checked by the API already.
 */
@Component
public class BudgetValidationStarter {

  private static final Logger log = LoggerFactory.getLogger(BudgetValidationStarter.class);

  private final RuntimeService runtime;
  private final EngineCalls engine;

  public BudgetValidationStarter(RuntimeService runtime, EngineCalls engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  /** Validates the budget after an invoice is recorded; a flagged invoice goes to finance. */
  public String forInvoice(String projectKey, long invoiceId) {
    return start(projectKey, Map.of(PROJECT_KEY, projectKey, INVOICE_ID, invoiceId),
        "invoice " + invoiceId);
  }

  /** Validates the budget after an expense is booked. */
  public String forExpense(String projectKey, long expenseId) {
    return start(projectKey, Map.of(PROJECT_KEY, projectKey, EXPENSE_ID, expenseId),
        "expense " + expenseId);
  }

  private String start(String projectKey, Map<String, Object> variables, String cause) {
    return engine.asEngine(() -> {
      ProcessInstance instance =
          runtime.startProcessInstanceByKey(PROCESS_ID, projectKey, variables);
      log.info("Budget validation of {} started for {}", projectKey, cause);
      return instance.getId();
    });
  }
}
