package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The project passed G4: it is closed. */
@Component("closeProject")
public class CloseProjectDelegate implements JavaDelegate {

  private final ProjectLifecycle lifecycle;

  public CloseProjectDelegate(ProjectLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(PROJECT_KEY);
    lifecycle.close(key);
  }
}
