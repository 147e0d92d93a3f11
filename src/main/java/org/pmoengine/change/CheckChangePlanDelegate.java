package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Is the plan the change was analysed against still the latest? If not, it is analysed again. */
@Component("checkChangePlan")
public class CheckChangePlanDelegate implements JavaDelegate {

  private final ChangeService changes;

  public CheckChangePlanDelegate(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PLAN_CURRENT,
        changes.planIsCurrent(changes.keyOfProcess(execution.getProcessInstanceId())));
  }
}
