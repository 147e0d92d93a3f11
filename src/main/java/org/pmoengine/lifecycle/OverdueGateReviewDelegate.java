package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.gate.GateMail;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/** A gate review past its deadline: remind the board, or escalate ({@code escalate} input). */
@Component("overdueGateReview")
public class OverdueGateReviewDelegate implements JavaDelegate {

  private final GateMail mail;

  public OverdueGateReviewDelegate(GateMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.reviewOverdue((String) execution.getVariable(PROJECT_KEY),
        Gate.valueOf((String) execution.getVariable(GATE)),
        Boolean.TRUE.equals(execution.getVariable("escalate")), execution.getId());
  }
}
