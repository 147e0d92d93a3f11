package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/** The board killed the project: closure without delivery. */
@Component("stopProject")
public class StopProjectDelegate implements JavaDelegate {

  private final ProjectLifecycle lifecycle;

  public StopProjectDelegate(ProjectLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(PROJECT_KEY);
    lifecycle.kill(key, Gate.valueOf((String) execution.getVariable(GATE)));
  }
}
