package org.pmoengine.change;

import java.util.List;

/** The process variables of {@code change-control}: one name in BPMN, forms, Java and tests. */
public final class ChangeVariables {

  public static final String PROCESS_ID = "change-control";
  /** The requester withdraws a change waiting for approval; correlated by process instance. */
  public static final String WITHDRAW_MESSAGE = "withdraw-change";
  /** Raises a change from inside project-lifecycle (its event subprocess). */
  public static final String RAISE_MESSAGE = "raise-change";

  // ids and routing facts
  public static final String PROJECT_KEY = "projectKey";
  public static final String CHANGE_KEY = "changeKey";
  /** Who raised the change (the start event's initiator). */
  public static final String REQUESTED_BY = "requestedBy";
  /** The project's manager, assignee of the approval of a minor change. */
  public static final String PROJECT_MANAGER = "projectManager";
  /** Whether the submitted form is valid (Boolean). */
  public static final String VALID = "valid";
  /** Whether the change still applies to the project's latest plan (Boolean). */
  public static final String APPLICABLE = "applicable";
  /** MINOR, MAJOR or CRITICAL. */
  public static final String CHANGE_CLASS = "changeClass";
  /** Who approves: PROJECT_MANAGER, CHANGE_BOARD or GATE_BOARD ({@link Approver}). */
  public static final String APPROVER = "approver";
  /** Whether the plan the change was analysed against is still the latest (Boolean). */
  public static final String PLAN_CURRENT = "planCurrent";
  /** Who withdrew the change (the withdraw message's payload). */
  public static final String WITHDRAWN_BY = "withdrawnBy";

  // the request form (start event and correction task)
  public static final String JUSTIFICATION = "justification";
  /** The changes, one per line ({@link ChangeLines}). */
  public static final String CHANGES = "changes";
  public static final String BUDGET_ASKED = "budgetAsked";
  /** Suffix of the variable holding a field's message, such as {@code changesError}. */
  public static final String ERROR_SUFFIX = "Error";
  public static final String VALIDATION_SUMMARY = "validationSummary";
  public static final List<String> FORM_FIELDS =
      List.of(PROJECT_KEY, JUSTIFICATION, CHANGES, BUDGET_ASKED);

  // the approval form
  /** APPROVE or REJECT. */
  public static final String DECISION = "decision";
  public static final String DECISION_REASON = "decisionReason";
  public static final String CHANGE_SUMMARY = "changeSummary";
  public static final String IMPACT_SUMMARY = "impactSummary";
  public static final String CLASSIFICATION = "classification";
  /**
   * The Gantt charts before and after the change: SVG file variables of the approval task, and
   * beside each ({@code ganttBeforeUrl}, {@code ganttAfterUrl}) the address the form loads it
   * from.
   */
  public static final String GANTT_BEFORE = "ganttBefore";
  public static final String GANTT_AFTER = "ganttAfter";

  private ChangeVariables() {}
}
