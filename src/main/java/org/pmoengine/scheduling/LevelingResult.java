package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * What levelling did.
 *
 * @param schedule the levelled schedule; its late dates and floats follow precedence from the
 *     levelled finish, without resources
 * @param finishBefore the finish of the unlevelled (critical path) schedule
 * @param finishAfter the finish of the levelled schedule
 * @param moved activities that start later than their early start, in plan order
 * @param overAllocations resources still over capacity, and why
 * @param schedulesGenerated schedules the search generated
 */
public record LevelingResult(
    Schedule schedule,
    LocalDate finishBefore,
    LocalDate finishAfter,
    int finishOffsetBefore,
    int finishOffsetAfter,
    List<MovedActivity> moved,
    List<OverAllocation> overAllocations,
    long schedulesGenerated) {

  /** Working days the levelled finish is later than the unlevelled one. */
  public int slipDays() {
    return finishOffsetAfter - finishOffsetBefore;
  }

  /** An activity levelling started later than its early start. */
  public record MovedActivity(String activityId, LocalDate earlyStart, LocalDate levelledStart, int delayDays) {}

  /**
   * A resource over its capacity on some days of the levelled schedule.
   *
   * @param from first day over capacity
   * @param to last day over capacity
   * @param peakUnits the highest use on one day
   * @param activityIds the activities that cause it
   * @param reason in words for people
   */
  public record OverAllocation(String resourceId, LocalDate from, LocalDate to, int peakUnits,
      int capacityPerDay, List<String> activityIds, String reason) {}
}
