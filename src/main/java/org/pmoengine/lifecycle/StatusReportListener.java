package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.PROJECT_KEY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.security.EngineUser;
import org.pmoengine.status.StatusReports;
import org.springframework.stereotype.Component;

/** The weekly status report: applies progress, new risks and new issues when it completes. */
@Component("statusReport")
public class StatusReportListener implements TaskListener {

  private final StatusReports reports;

  public StatusReportListener(StatusReports reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    reports.apply((String) task.getVariable(PROJECT_KEY),
        (String) task.getVariable(StatusReports.PROGRESS),
        (String) task.getVariable(StatusReports.NEW_RISKS),
        (String) task.getVariable(StatusReports.NEW_ISSUES),
        java.util.Objects.requireNonNullElse(EngineUser.of(task), task.getAssignee()));
    task.getExecution().removeVariables(java.util.List.of(StatusReports.PROGRESS,
        StatusReports.NEW_RISKS, StatusReports.NEW_ISSUES));
  }
}
