package org.pmoengine.plans;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of recomputing a stored plan.
 *
 * @param version the new version number
 * @param forecastFinish the recomputed finish
 * @param slipDays working days the finish moved past the baseline's finish (negative when
 *     earlier), 0 without a baseline
 * @param criticalPathLength working days from the project start to the forecast finish
 * @param overallocatedResources ids of resources asked for more than their capacity
 */
public record Recomputation(int version, LocalDate forecastFinish, int slipDays,
    int criticalPathLength, List<String> overallocatedResources) {

  /** The process variables a re-plan writes ({@link PlanVariables}). */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PlanVariables.PLAN_VERSION, version);
    variables.put(PlanVariables.FORECAST_FINISH, forecastFinish.toString());
    variables.put(PlanVariables.SLIP_DAYS, slipDays);
    variables.put(PlanVariables.CRITICAL_PATH_LENGTH, criticalPathLength);
    variables.put(PlanVariables.OVERALLOCATED_RESOURCES, String.join(",", overallocatedResources));
    return variables;
  }
}
