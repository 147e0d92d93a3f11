package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.gate.GateCriteria;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/** Stage work: on create, puts the deliverables the coming gate requires on the task. */
@Component("stageWork")
public class StageWorkListener implements TaskListener {

  private final GateCriteria criteria;

  public StageWorkListener(GateCriteria criteria) {
    this.criteria = criteria;
  }

  @Override
  public void notify(DelegateTask task) {
    Gate gate = Gate.valueOf((String) task.getVariable(GATE));
    List<String> required = criteria.requiredDeliverables(gate);
    task.setVariableLocal(REQUIRED_DELIVERABLES, String.join(", ", required));
    task.setVariableLocal(TASK_GATE, gate.name());
  }
}
