package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the requester and the project manager how the change ended, through the outbox. */
@Component("notifyChangeOutcome")
public class NotifyChangeOutcomeDelegate implements JavaDelegate {

  private final ChangeService changes;

  public NotifyChangeOutcomeDelegate(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.notifyOutcome(changes.keyOfProcess(execution.getProcessInstanceId()));
  }
}
