package org.pmoengine.postmortem;

/** The process variables of {@code post-mortem}: one name in BPMN, forms, Java and tests. */
public final class PostMortemVariables {

  public static final String PROCESS_ID = "post-mortem";
  /** The message that starts the post-mortem of a project (business key = project key). */
  public static final String START_MESSAGE = "post-mortem-due";

  // ids and routing facts
  public static final String PROJECT_KEY = "projectKey";
  /** How the project ended: CLOSED or KILLED. */
  public static final String OUTCOME = "outcome";
  /** The team member one lesson task is for (multi-instance element variable). */
  public static final String TEAM_MEMBER = "teamMember";

  // post-mortem-lesson form
  public static final String WENT_WELL = "wentWell";
  public static final String WENT_BADLY = "wentBadly";
  public static final String RECOMMENDATIONS = "recommendations";
  public static final String LESSON_CATEGORY = "lessonCategory";

  // post-mortem-review form
  /** The metrics as text for the form (task-local). */
  public static final String METRICS_SUMMARY = "metricsSummary";
  /** The lessons as text for the form (task-local). */
  public static final String LESSONS_SUMMARY = "lessonsSummary";
  /** Who did not answer by the deadline, for the form (task-local). */
  public static final String NON_RESPONDERS = "nonResponders";
  /** One line per lesson: {@code 12: tag, tag}; pre-filled with the lesson ids. */
  public static final String LESSON_TAGS = "lessonTags";
  /** Ids of lessons the PMO does not publish, comma-separated. */
  public static final String WITHHELD_LESSONS = "withheldLessons";
  /** The PMO's consolidated summary of the post-mortem. */
  public static final String REVIEW_SUMMARY = "reviewSummary";

  private PostMortemVariables() {}
}
