package org.pmoengine.plans;

import java.time.LocalDate;
import java.util.List;
import org.pmoengine.scheduling.LevelingResult;
import org.pmoengine.scheduling.Schedule;

/**
 * A schedule computed from a plan.
 *
 * @param method {@code CPM} when the plan has no resource demands, else {@code LEVELLED}
 * @param finishDate the forecast finish
 * @param unlevelledFinish the critical-path finish before levelling (same as the finish for CPM)
 * @param moved activities levelling started later than their early start
 * @param overAllocations resources still over capacity after levelling, and why
 */
public record ComputedPlan(
    String method,
    LocalDate finishDate,
    LocalDate unlevelledFinish,
    Schedule schedule,
    List<LevelingResult.MovedActivity> moved,
    List<LevelingResult.OverAllocation> overAllocations) {

  /** Ids of the resources still over capacity, each once. */
  public List<String> overallocatedResources() {
    return overAllocations.stream().map(LevelingResult.OverAllocation::resourceId).distinct().toList();
  }
}
