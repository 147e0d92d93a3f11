package org.pmoengine.budget;

/** The process variables of {@code budget-validation}. */
public final class BudgetValidationVariables {

  public static final String PROCESS_ID = "budget-validation";

  /** In: the project. */
  public static final String PROJECT_KEY = "projectKey";
  /** In, optional: the invoice whose recording started the validation. */
  public static final String INVOICE_ID = "invoiceId";
  /** The expense whose booking started the validation, if one did. */
  public static final String EXPENSE_ID = "expenseId";
  /** Out: WITHIN_TOLERANCE, APPROVAL_REQUIRED (until finance decides), APPROVED or REJECTED. */
  public static final String BUDGET_OUTCOME = "budgetOutcome";
  public static final String WITHIN_TOLERANCE = "WITHIN_TOLERANCE";
  public static final String APPROVAL_REQUIRED = "APPROVAL_REQUIRED";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";

  // shown on the finance-approval form
  public static final String BUDGET_FINDINGS = "budgetFindings";
  public static final String REQUIRED_APPROVALS = "requiredApprovals";
  public static final String WARNING_LEVEL = "warningLevel";
  public static final String VARIANCE_PERCENT = "variancePercent";
  public static final String EARNED_VALUE_SUMMARY = "earnedValueSummary";
  // finance-approval form
  public static final String FINANCE_DECISION = "financeDecision";
  /** Whether the rules ask the gate board to approve too (an overrun above their threshold). */
  public static final String BOARD_APPROVAL_REQUIRED = "boardApprovalRequired";
  public static final String BOARD_BUDGET_DECISION = "boardBudgetDecision";
  public static final String FINANCE_COMMENT = "financeComment";

  private BudgetValidationVariables() {}
}
