package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Post-mortem hook: records that the lessons-learned review is due. The post-mortem process
 * starts here once it exists. */
@Component("recordPostMortemDue")
public class RecordPostMortemDueDelegate implements JavaDelegate {

  private final ProjectLifecycle lifecycle;

  public RecordPostMortemDueDelegate(ProjectLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(PROJECT_KEY);
    lifecycle.postMortemDue(key);
  }
}
