package org.pmoengine.postmortem;

/**
 * How the finished projects of one intake category were estimated, summed over every project
 * and activity kind.
 *
 * @param projects how many finished projects the sums cover
 * @param plannedDays the effort planned, in days
 * @param actualDays the effort the work took, in days
 */
public record CategoryEstimation(String category, int projects, long plannedDays, long actualDays) {

  public CategoryEstimation {
    if (plannedDays <= 0) {
      throw new IllegalArgumentException("Category '" + category
          + "' has no planned days to measure an overrun against");
    }
  }

  /** actual / planned − 1: 0.4 when the work took 40 % more than planned, negative when less. */
  public double overrun() {
    return (double) actualDays / plannedDays - 1;
  }

  /** {@link #overrun()} as a percentage: 40.0 for 40 %. */
  public double overrunPercent() {
    return 100.0 * (actualDays - plannedDays) / plannedDays;
  }
}
