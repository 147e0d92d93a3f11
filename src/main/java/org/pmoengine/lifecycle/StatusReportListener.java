package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.PROJECT_KEY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.security.EngineUser;
import org.pmoengine.status.StatusReports;
import org.springframework.stereotype.Component;

/**
 * The weekly status report. On create: names the task with the project, due at the reminder
 * deadline, and tells the project manager. On complete: applies progress, new risks and new issues when it completes. The
 * project is the lifecycle's business key and the author the signed-in user, never variables.
 */
@Component("statusReport")
public class StatusReportListener implements TaskListener {

  private final StatusReports reports;
  private final LifecycleTasks tasks;

  public StatusReportListener(StatusReports reports, LifecycleTasks tasks) {
    this.reports = reports;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      LifecycleTasks.OpenedTask opened = tasks.statusReportOpened(
          task.getExecution().getProcessBusinessKey(), task.getId(), task.getAssignee());
      task.setName(opened.heading().name());
      task.setDueDate(opened.heading().due());
      task.setPriority(opened.heading().priority());
      opened.formFacts().forEach(task::setVariableLocal);
      return;
    }
    reports.apply(task.getExecution().getProcessBusinessKey(),
        (String) task.getVariable(StatusReports.PROGRESS),
        (String) task.getVariable(StatusReports.NEW_RISKS),
        (String) task.getVariable(StatusReports.NEW_ISSUES),
        java.util.Objects.requireNonNullElse(EngineUser.of(task), task.getAssignee()));
    task.getExecution().removeVariables(java.util.List.of(StatusReports.PROGRESS,
        StatusReports.NEW_RISKS, StatusReports.NEW_ISSUES));
  }
}
