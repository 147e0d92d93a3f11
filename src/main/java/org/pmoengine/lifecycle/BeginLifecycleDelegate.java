package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/** Enters Initiation, the stage before G1, and names the project manager for the stage work. */
@Component("beginLifecycle")
public class BeginLifecycleDelegate implements JavaDelegate {

  private final ProjectLifecycle lifecycle;

  public BeginLifecycleDelegate(ProjectLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String manager = lifecycle.begin((String) execution.getVariable(PROJECT_KEY));
    execution.setVariable(PROJECT_MANAGER, manager);
    execution.setVariable(GATE, Gate.G1.name());
    execution.setVariable(STAGE, Gate.G1.stageBefore().name());
  }
}
