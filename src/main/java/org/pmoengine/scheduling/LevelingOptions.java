package org.pmoengine.scheduling;

/**
 * How hard levelling searches.
 *
 * @param maxSchedules budget of generated schedules (each schedule generation pass counts one)
 * @param timeLimitMillis wall-clock limit for the whole call, or 0 for none; the search stops
 *     when it is reached (the first schedule is always completed)
 * @param seed the same plan and seed always give the same levelled schedule (within the time
 *     limit, the budget is what makes it repeatable)
 */
public record LevelingOptions(int maxSchedules, long timeLimitMillis, long seed) {

  /** 2,000 schedules, at most half a second, seed 1. */
  public static LevelingOptions defaults() {
    return new LevelingOptions(2_000, 500, 1);
  }
}
