package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The what-if re-plan of the change against the project's latest plan; stores the impact. */
@Component("analyseChangeImpact")
public class AnalyseImpactDelegate implements JavaDelegate {

  private final ChangeService changes;

  public AnalyseImpactDelegate(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(APPLICABLE,
        changes.analyse(changes.keyOfProcess(execution.getProcessInstanceId())));
  }
}
