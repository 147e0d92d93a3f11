package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The lesson deadline passed: records who did not answer, and the post-mortem goes on. */
@Component("recordNonResponders")
public class RecordNonRespondersDelegate implements JavaDelegate {

  private final PostMortems postMortems;

  public RecordNonRespondersDelegate(PostMortems postMortems) {
    this.postMortems = postMortems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    postMortems.recordNonResponders((String) execution.getVariable(PROJECT_KEY));
  }
}
