package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.security.EngineUser;
import org.springframework.stereotype.Component;

/**
 * The approval tasks (project manager, change board, gate board). On create: tell the approver
 * and put what the form shows (impact, class, Gantt before and after) on the task. On complete:
 * record the decision, whoever completes it (Tasklist, engine REST or our API); the four-eyes
 * rule is checked there.
 */
@Component("changeApproval")
public class ChangeApprovalListener implements TaskListener {

  /** The approval tasks, one per approver. */
  public static final List<String> TASKS =
      List.of("approve-change-pm", "approve-change-board", "approve-change-gate-board");

  private final ChangeService changes;
  private final ChangeViews views;

  public ChangeApprovalListener(ChangeService changes, ChangeViews views) {
    this.changes = changes;
    this.views = views;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = (String) task.getVariable(CHANGE_KEY);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariables(List.of(DECISION, DECISION_REASON));
      views.approvalForm(changes.approvalOpened(key, task.getId()))
          .forEach(task::setVariableLocal);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object decision = task.getVariable(DECISION);
      changes.decide(key, decision == null ? null : decision.toString(),
          (String) task.getVariable(DECISION_REASON), EngineUser.of(task));
    }
  }
}
