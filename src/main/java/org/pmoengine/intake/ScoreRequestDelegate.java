package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Scores and routes the request with the intake rules. */
@Component("scoreRequest")
public class ScoreRequestDelegate implements JavaDelegate {

  private final IntakeService intake;

  public ScoreRequestDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IntakeScore score = intake.score(intake.keyOfProcess(execution.getProcessInstanceId()));
    execution.setVariable(ROUTE, score.route().name());
  }
}
