package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.pmoengine.records.TaskHeading;
import org.pmoengine.security.EngineUser;
import org.springframework.stereotype.Component;

/**
 * The approval tasks (project manager, change board, gate board). On create: name the task with
 * the change's and the project's keys, tell the approver
 * and put what the form shows (impact, class, Gantt before and after) on the task. On complete:
 * record the decision, whoever completes it (Tasklist, engine REST or our API); the approver
 * and the four-eyes rule are checked there. The change is the one this process instance holds
 * in our table, never a key from a variable.
 */
@Component("changeApproval")
public class ChangeApprovalListener implements TaskListener {

  /** The approval tasks, one per approver. */
  public static final List<String> TASKS =
      List.of("approve-change-pm", "approve-change-board", "approve-change-gate-board");

  /** Tasklist's REST API, which takes the Tasklist login (relative, so any host name works). */
  static final String TASKLIST_API = "/camunda/api/engine/engine/default/";
  static final String URL_SUFFIX = "Url";

  private final ChangeService changes;
  private final ChangeViews views;

  public ChangeApprovalListener(ChangeService changes, ChangeViews views) {
    this.changes = changes;
    this.views = views;
  }

  @Override
  public void notify(DelegateTask task) {
    String key = changes.keyOfProcess(task.getProcessInstanceId());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariables(List.of(DECISION, DECISION_REASON));
      ChangeRequest change = changes.approvalOpened(key, task.getId());
      TaskHeading heading = changes.approvalTask(key, task.getName());
      task.setName(heading.name());
      task.setPriority(heading.priority());
      views.approvalForm(change).forEach(task::setVariableLocal);
      chart(task, GANTT_BEFORE, views.gantt(key, false));
      chart(task, GANTT_AFTER, views.gantt(key, true));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object decision = task.getVariable(DECISION);
      changes.decide(key, decision == null ? null : decision.toString(),
          (String) task.getVariable(DECISION_REASON), EngineUser.of(task),
          EngineUser.groupsOf(task));
    }
  }

  /**
   * A chart as a file variable of the task (an SVG is longer than a string variable may be), and
   * the address Tasklist's own REST API serves it from to the signed-in approver.
   */
  private static void chart(DelegateTask task, String name, String svg) {
    task.setVariableLocal(name, Variables.fileValue(name + ".svg")
        .file(svg.getBytes(StandardCharsets.UTF_8)).mimeType("image/svg+xml")
        .encoding(StandardCharsets.UTF_8).create());
    task.setVariableLocal(name + URL_SUFFIX, TASKLIST_API + "task/" + task.getId()
        + "/variables/" + name + "/data");
  }
}
