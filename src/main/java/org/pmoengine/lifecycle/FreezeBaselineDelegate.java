package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Freezes the plan as the baseline at G2; without a plan it records a note. */
@Component("freezeBaseline")
public class FreezeBaselineDelegate implements JavaDelegate {

  private final ProjectLifecycle lifecycle;

  public FreezeBaselineDelegate(ProjectLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(PROJECT_KEY);
    lifecycle.freezeBaseline(key, "process " + execution.getProcessInstanceId())
        .ifPresent(note -> execution.setVariable(PLAN_NOTE, note));
  }
}
