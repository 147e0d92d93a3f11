package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/**
 * Stage work. On create: names the task with the project, tells the project manager, and puts
 * the deliverables the coming gate requires on the task as the checklist's choices. On complete:
 * refuses a tick that is not a deliverable of this gate (Tasklist, engine REST or our API alike).
 */
@Component("stageWork")
public class StageWorkListener implements TaskListener {

  private final LifecycleTasks tasks;

  public StageWorkListener(LifecycleTasks tasks) {
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    Gate gate = Gate.valueOf((String) task.getVariable(GATE));
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      tasks.checkDeliverables(gate,
          CheckGateCriteriaDelegate.deliverables(task.getVariable(DELIVERABLES)));
      return;
    }
    LifecycleTasks.OpenedTask opened = tasks.stageWorkOpened(
        task.getExecution().getProcessBusinessKey(), gate, task.getId(), task.getAssignee());
    task.setName(opened.heading().name());
    task.setDueDate(opened.heading().due());
    task.setPriority(opened.heading().priority());
    opened.formFacts().forEach(task::setVariableLocal);
    task.setVariableLocal(TASK_GATE, gate.name());
    // Tasklist sends a checklist as text only when the variable exists as text
    if (!task.getExecution().hasVariable(DELIVERABLES)) {
      task.getExecution().setVariable(DELIVERABLES, "");
    }
  }
}
