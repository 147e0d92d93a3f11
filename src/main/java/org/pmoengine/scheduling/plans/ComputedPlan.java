package org.pmoengine.scheduling.plans;

import java.time.LocalDate;
import java.util.List;
import org.pmoengine.scheduling.Schedule;

/**
 * A schedule computed from a plan.
 *
 * @param method {@code CPM} when the plan has no resource demands, else {@code LEVELLED}
 * @param finishDate the forecast finish
 * @param overallocatedResources ids of resources still asked for more than their capacity
 */
public record ComputedPlan(String method, LocalDate finishDate, Schedule schedule,
    List<String> overallocatedResources) {}
