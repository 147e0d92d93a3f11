package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.project.Project;
import org.springframework.stereotype.Component;

/** Turns the approved request into a project. */
@Component("createProject")
public class CreateProjectDelegate implements JavaDelegate {

  private final IntakeService intake;

  public CreateProjectDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Project project = intake.approve((String) execution.getVariable(REQUEST_KEY));
    execution.setVariable(PROJECT_KEY, project.getKey());
  }
}
