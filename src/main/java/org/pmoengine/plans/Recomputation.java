package org.pmoengine.plans;

import java.time.LocalDate;
import java.util.List;

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
    int criticalPathLength, List<String> overallocatedResources) {}
