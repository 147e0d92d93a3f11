package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A new plan version, and a new baseline for a major or critical change. */
@Component("applyChange")
public class ApplyChangeDelegate implements JavaDelegate {

  private final ChangeService changes;

  public ApplyChangeDelegate(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.apply(changes.keyOfProcess(execution.getProcessInstanceId()));
  }
}
