package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanVariables;
import org.pmoengine.plans.RecomputePlanDelegate;

/**
 * Re-plans at a gate with {@code recomputePlan}. A project without a plan yet (common at G1)
 * passes with a note instead of an incident; the gate criteria then see no slip.
 */
@Component("recomputeGatePlan")
public class RecomputeGatePlanDelegate implements JavaDelegate {

  private final RecomputePlanDelegate recomputePlan;
  private final PlanService plans;

  public RecomputeGatePlanDelegate(RecomputePlanDelegate recomputePlan, PlanService plans) {
    this.recomputePlan = recomputePlan;
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectKey = (String) execution.getVariable(PROJECT_KEY);
    if (!plans.hasPlan(projectKey)) {
      execution.setVariable(PLAN_NOTE, "No plan yet: nothing recomputed at gate "
          + execution.getVariable(GATE) + ".");
      execution.setVariable(PlanVariables.SLIP_DAYS, null);
      execution.setVariable(PlanVariables.FORECAST_FINISH, null);
      return;
    }
    execution.setVariable(PLAN_NOTE, null);
    recomputePlan.execute(execution);
  }
}
