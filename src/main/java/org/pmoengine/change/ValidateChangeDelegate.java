package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.web.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Validates the submitted change. A valid one is stored, the process takes the project key as
 * business key and the form values leave it; an invalid one stays in variables, with one message
 * per field, for the correction task.
 */
@Component("validateChange")
public class ValidateChangeDelegate implements JavaDelegate {

  private final ChangeService changes;
  private final ObjectMapper json;

  public ValidateChangeDelegate(ChangeService changes, ObjectMapper json) {
    this.changes = changes;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FORM_FIELDS.forEach(field -> execution.removeVariable(field + ERROR_SUFFIX));
    ChangeFormVariables.Parsed parsed = ChangeFormVariables.read(execution.getVariables(), json);
    ChangeService.Registration registration = changes.register(parsed.projectKey(),
        parsed.form(), parsed.problems(), (String) execution.getVariable(REQUESTED_BY));
    execution.setVariable(VALID, registration.isValid());
    if (registration.isValid()) {
      String key = registration.change().getKey();
      changes.linkProcess(key, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(parsed.projectKey());
      execution.setVariable(CHANGE_KEY, key);
      execution.removeVariables(List.of(JUSTIFICATION, CHANGES, BUDGET_ASKED, VALIDATION_SUMMARY));
    } else {
      List<FieldProblem> problems = registration.problems();
      FORM_FIELDS.forEach(field -> problems.stream().filter(p -> p.field().equals(field))
          .map(FieldProblem::message).reduce((a, b) -> a + " " + b)
          .ifPresent(message -> execution.setVariable(field + ERROR_SUFFIX, message)));
      execution.setVariable(VALIDATION_SUMMARY, problems.size() == 1
          ? "One thing needs correcting." : problems.size() + " things need correcting.");
    }
  }
}
