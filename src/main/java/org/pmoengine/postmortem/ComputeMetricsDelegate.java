package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes and stores the metrics of the project's record (async, retried, idempotent). */
@Component("computePostMortemMetrics")
public class ComputeMetricsDelegate implements JavaDelegate {

  private final PostMortems postMortems;

  public ComputeMetricsDelegate(PostMortems postMortems) {
    this.postMortems = postMortems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    postMortems.computeMetrics((String) execution.getVariable(PROJECT_KEY));
  }
}
