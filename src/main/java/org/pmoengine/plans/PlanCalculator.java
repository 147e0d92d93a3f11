package org.pmoengine.plans;

import java.util.List;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.LevelingOptions;
import org.pmoengine.scheduling.LevelingResult;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.ResourceLeveler;
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
    PlanLimits.check(plan);
    plan.validate();
    boolean levelled = !plan.resources().isEmpty()
        && plan.activities().stream().anyMatch(a -> !a.demands().isEmpty());
    if (!levelled) {
      Schedule schedule = CriticalPathMethod.schedule(plan);
      return new ComputedPlan("CPM", schedule.finishDate(), schedule.finishDate(), schedule,
          List.of(), List.of());
    }
    LevelingResult result = ResourceLeveler.level(plan, new LevelingOptions(settings.schedules(),
        settings.timeLimit().toMillis(), settings.seed()));
    return new ComputedPlan("LEVELLED", result.finishAfter(), result.finishBefore(),
        result.schedule(), result.moved(), result.overAllocations());
  }
}
