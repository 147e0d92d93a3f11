package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/** Moves past the gate just passed into the next stage. */
@Component("advanceStage")
public class AdvanceStageDelegate implements JavaDelegate {

  private final ProjectLifecycle lifecycle;

  public AdvanceStageDelegate(ProjectLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(PROJECT_KEY);
    Gate next = lifecycle.advance(key, Gate.valueOf((String) execution.getVariable(GATE)));
    execution.setVariable(GATE, next.name());
    execution.setVariable(STAGE, next.stageBefore().name());
    execution.removeVariables(List.of(BOARD_COMMENTS, DELIVERABLES));
  }
}
