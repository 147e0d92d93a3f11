package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The requester withdrew the change: it stays on record as withdrawn. */
@Component("recordChangeWithdrawal")
public class RecordWithdrawalDelegate implements JavaDelegate {

  private final ChangeService changes;

  public RecordWithdrawalDelegate(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.withdrawn(changes.keyOfProcess(execution.getProcessInstanceId()),
        (String) execution.getVariable(WITHDRAWN_BY));
  }
}
