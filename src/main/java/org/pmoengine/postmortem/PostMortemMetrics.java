package org.pmoengine.postmortem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the record of a finished project says, computed once when its post-mortem starts.
 *
 * @param schedule the finish against the first and the last baseline; null without a baseline
 * @param cost the actual cost against the budget
 * @param changes the change requests raised during the project
 * @param estimation planned against actual duration per activity kind, of the activities that
 *     were in the first baseline and finished
 * @param gates the time spent in each gate the project reached, from the engine's history
 * @param rework stages sent back by a Recycle, and requests sent back for more information
 */
public record PostMortemMetrics(
    ScheduleVariance schedule,
    CostVariance cost,
    ChangeSummary changes,
    List<KindAccuracy> estimation,
    List<GateTime> gates,
    Rework rework) {

  /**
   * The finish of the latest plan against the baselines, in working days of its calendar; a
   * positive variance is a late finish.
   */
  public record ScheduleVariance(LocalDate firstBaselineFinish, LocalDate lastBaselineFinish,
      LocalDate finish, int daysAgainstFirst, int daysAgainstLast, int baselines) {}

  /**
   * The actual cost (invoices and expenses) against the budget (BAC); a positive variance is an
   * underrun, as in earned value ({@code CV = budget - actual} once the work is done).
   */
  public record CostVariance(BigDecimal budget, BigDecimal actualCost, BigDecimal variance,
      BigDecimal variancePercent, BigDecimal costPerformanceIndex) {}

  /**
   * @param byStatus how many changes ended in each status
   * @param byClass how many changes the rules classed minor, major or critical
   * @param appliedSlipDays the forecast slip of the applied changes, in working days
   * @param appliedCostChange the cost change of the applied changes
   */
  public record ChangeSummary(int count, Map<String, Integer> byStatus,
      Map<String, Integer> byClass, int appliedSlipDays, BigDecimal appliedCostChange) {}

  /**
   * @param ratio actual over planned duration: 1.40 is 40 % longer than estimated
   */
  public record KindAccuracy(String kind, int activities, int plannedDays, int actualDays,
      BigDecimal ratio) {}

  /**
   * @param rounds how often the stage before the gate was worked (1 + the Recycles)
   * @param stageWorkDays days the stage-work task was open
   * @param reviewDays days the gate review was open
   * @param totalDays from the first stage work of the gate to its last review decision
   */
  public record GateTime(String gate, int rounds, BigDecimal stageWorkDays,
      BigDecimal reviewDays, BigDecimal totalDays) {}

  /**
   * @param recycles stages sent back by the gate board
   * @param moreInformationLoops times the intake request went back to the requester
   */
  public record Rework(int recycles, int moreInformationLoops) {}
}
