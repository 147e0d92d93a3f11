package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.pmoengine.plans.PlanVariables;
import org.pmoengine.status.HealthRating;

/** After a status report: the health rules rate the project green, amber or red. */
@Component("rateHealth")
public class RateHealthDelegate implements JavaDelegate {

  private final ProjectLifecycle lifecycle;

  public RateHealthDelegate(ProjectLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HealthRating rating = lifecycle.rateHealth((String) execution.getVariable(PROJECT_KEY),
        (Integer) execution.getVariable(PlanVariables.SLIP_DAYS));
    execution.setVariable(HEALTH, rating.rag().name());
    execution.setVariable(HEALTH_REASONS, String.join("\n", rating.reasons()));
  }
}
