package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanVariables;
import org.pmoengine.plans.Recomputation;
import org.springframework.stereotype.Component;

/**
 * Re-plans at a gate or before a status report. A project without a plan yet (common at G1)
 * passes with a note instead of an incident; the gate criteria then see no slip.
 */
@Component("recomputeGatePlan")
public class RecomputeGatePlanDelegate implements JavaDelegate {

  private final PlanService plans;

  public RecomputeGatePlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Recomputation> result = plans.recomputeIfPlanned(
        (String) execution.getVariable(PROJECT_KEY),
        "process " + execution.getProcessInstanceId(),
        "Recomputed in " + execution.getCurrentActivityId());
    if (result.isEmpty()) {
      execution.setVariable(PLAN_NOTE, "No plan yet: nothing recomputed at gate "
          + execution.getVariable(GATE) + ".");
      execution.setVariable(PlanVariables.SLIP_DAYS, null);
      execution.setVariable(PlanVariables.FORECAST_FINISH, null);
      return;
    }
    execution.setVariable(PLAN_NOTE, null);
    execution.setVariables(result.get().variables());
  }
}
