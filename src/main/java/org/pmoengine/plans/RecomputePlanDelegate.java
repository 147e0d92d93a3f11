package org.pmoengine.plans;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the project's plan from its latest version and stores the result as a new version.
 * Use as {@code camunda:delegateExpression="${recomputePlan}"} with {@code asyncBefore}.
 */
@Component("recomputePlan")
public class RecomputePlanDelegate implements JavaDelegate {

  private final PlanService plans;

  public RecomputePlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectKey = (String) execution.getVariable(PlanVariables.PROJECT_KEY);
    Recomputation result = plans.recompute(projectKey, "process " + execution.getProcessInstanceId(),
        "Recomputed in " + execution.getCurrentActivityId());
    execution.setVariables(result.variables());
  }
}
