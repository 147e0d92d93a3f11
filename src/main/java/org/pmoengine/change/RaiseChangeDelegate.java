package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * In project-lifecycle's event subprocess: starts change control with the message's payload
 * ({@code requestedBy}, {@code justification}, {@code changes}, {@code budgetAsked}) while the
 * project is in Planning or Execution. Whether it did is kept in {@code changeRaised}.
 */
@Component("raiseChange")
public class RaiseChangeDelegate implements JavaDelegate {

  /** Out, local to the event subprocess: whether change control started (Boolean). */
  public static final String CHANGE_RAISED = "changeRaised";

  private final ChangeProcess process;

  public RaiseChangeDelegate(ChangeProcess process) {
    this.process = process;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> payload = new HashMap<>();
    for (String name : new String[] {REQUESTED_BY, JUSTIFICATION, CHANGES, BUDGET_ASKED}) {
      payload.put(name, execution.getVariable(name));
    }
    execution.setVariableLocal(CHANGE_RAISED, process.raiseFromLifecycle(
        (String) execution.getVariable(PROJECT_KEY), payload));
  }
}
