package org.pmoengine.lifecycle;

/** The process variables of {@code project-lifecycle}: one name in BPMN, forms, Java and tests. */
public final class LifecycleVariables {

  public static final String PROCESS_ID = "project-lifecycle";
  /** The message that takes a project off hold; correlated by the project key (business key). */
  public static final String RESUME_MESSAGE = "resume-project";

  // ids and routing facts
  public static final String PROJECT_KEY = "projectKey";
  public static final String PROJECT_MANAGER = "projectManager";
  /** The gate the current stage leads to: G1..G4. */
  public static final String GATE = "gate";
  /**
   * Task-local: the gate a stage-work or gate-review task leads to, kept in the engine's history
   * so that the time spent per gate is read by activity and variable, never from a task's name.
   */
  public static final String TASK_GATE = "taskGate";
  /** The current stage: INITIATION, PLANNING, EXECUTION, CLOSURE. */
  public static final String STAGE = "stage";

  // stage-work form
  /** Ids of the deliverables the project manager ticked (checklist; a list or a comma list). */
  public static final String DELIVERABLES = "deliverables";
  /** What the gate requires, shown on the stage-work form. */
  public static final String REQUIRED_DELIVERABLES = "requiredDeliverables";
  /** The board's comments when it recycled the stage. */
  public static final String BOARD_COMMENTS = "boardComments";

  // re-plan at the gate
  public static final String PLAN_NOTE = "planNote";

  // gate criteria
  public static final String GATE_RECOMMENDATION = "gateRecommendation";
  public static final String GATE_REASONS = "gateReasons";
  public static final String GATE_EXPLANATION = "gateExplanation";
  public static final String MISSING_DELIVERABLES = "missingDeliverables";
  public static final String BOARD_OF_ALL = "boardOfAll";
  public static final String EARNED_VALUE_SUMMARY = "earnedValueSummary";
  public static final String GANTT_LINK = "ganttLink";

  // gate review
  public static final String GATE_DECISION = "gateDecision";
  public static final String OVERRIDE_REASON = "overrideReason";
  /** The gate-board members of a review by every member (multi-instance collection). */
  public static final String GATE_BOARD_MEMBERS = "gateBoardMembers";
  public static final String BOARD_MEMBER = "boardMember";
  /**
   * The id of the project's last gate decision when the review by every member opened: the
   * members' votes are the decisions recorded after it, combined by {@link BoardVotes}.
   */
  public static final String BOARD_VOTES_AFTER = "boardVotesAfter";

  // weekly status during Execution
  /** The RAG the health rules derived from the last status report: GREEN, AMBER, RED. */
  public static final String HEALTH = "health";
  public static final String HEALTH_REASONS = "healthReasons";
  /** The project manager's summary on the status report form. */
  public static final String STATUS_SUMMARY = "statusSummary";

  // budget validation (call activity)
  public static final String BUDGET_OUTCOME = "budgetOutcome";

  private LifecycleVariables() {}
}
