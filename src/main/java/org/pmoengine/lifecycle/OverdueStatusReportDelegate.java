package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.status.StatusReportMail;
import org.springframework.stereotype.Component;

/** A status report left undone: remind the project manager, or tell the PMO ({@code escalate}). */
@Component("overdueStatusReport")
public class OverdueStatusReportDelegate implements JavaDelegate {

  private final StatusReportMail mail;

  public OverdueStatusReportDelegate(StatusReportMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.overdue((String) execution.getVariable(PROJECT_KEY),
        Boolean.TRUE.equals(execution.getVariable("escalate")), execution.getId());
  }
}
