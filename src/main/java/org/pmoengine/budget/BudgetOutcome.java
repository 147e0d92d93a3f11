package org.pmoengine.budget;

/** Where a budget validation stands: the rules' verdict, then the approvers' decision. */
public enum BudgetOutcome {
  /** The rules found the forecast within tolerance: nobody needs to approve. */
  WITHIN_TOLERANCE,
  /** Finance (and above a threshold the gate board) must approve; nobody has decided yet. */
  APPROVAL_REQUIRED,
  APPROVED,
  REJECTED
}
