package org.pmoengine.plans;

/** Process variables read and written by the plan glue. */
public final class PlanVariables {

  /** In: the project key, such as PRJ-2026-0001. */
  public static final String PROJECT_KEY = "projectKey";
  /** Out: the number of the version just stored (Integer). */
  public static final String PLAN_VERSION = "planVersion";
  /** Out: the forecast finish as an ISO date (String). */
  public static final String FORECAST_FINISH = "forecastFinish";
  /** Out: working days the finish slipped past the latest baseline (Integer, 0 without one). */
  public static final String SLIP_DAYS = "slipDays";
  /** Out: working days from the project start to the forecast finish (Integer). */
  public static final String CRITICAL_PATH_LENGTH = "criticalPathLength";
  /** Out: comma-separated ids of over-allocated resources, empty when none (String). */
  public static final String OVERALLOCATED_RESOURCES = "overallocatedResources";

  private PlanVariables() {}
}
