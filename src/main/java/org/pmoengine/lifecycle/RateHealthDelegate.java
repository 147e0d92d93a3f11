package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.status.HealthRating;
import org.pmoengine.status.HealthRatings;
import org.springframework.stereotype.Component;

/** After a status report: the health rules rate the project green, amber or red. */
@Component("rateHealth")
public class RateHealthDelegate implements JavaDelegate {

  private final HealthRatings ratings;

  public RateHealthDelegate(HealthRatings ratings) {
    this.ratings = ratings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HealthRating rating = ratings.rate((String) execution.getVariable(PROJECT_KEY));
    execution.setVariable(HEALTH, rating.rag().name());
    execution.setVariable(HEALTH_REASONS, String.join("\n", rating.reasons()));
  }
}
