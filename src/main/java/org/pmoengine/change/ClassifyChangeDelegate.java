package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The classification rules: the class and the approver the process routes on. */
@Component("classifyChange")
public class ClassifyChangeDelegate implements JavaDelegate {

  private final ChangeService changes;

  public ClassifyChangeDelegate(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = changes.keyOfProcess(execution.getProcessInstanceId());
    ChangeClassification c = changes.classify(key);
    execution.setVariable(CHANGE_CLASS, c.changeClass().name());
    execution.setVariable(APPROVER, c.approver().name());
    execution.setVariable(PROJECT_MANAGER, changes.projectManagerOf(key));
  }
}
