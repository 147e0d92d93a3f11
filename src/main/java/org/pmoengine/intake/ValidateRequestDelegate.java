package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.web.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Validates the submitted form. A valid request is stored and the form values leave the process;
 * an invalid one stays in variables, with one message per field, for the correction task.
 */
@Component("validateRequest")
public class ValidateRequestDelegate implements JavaDelegate {

  private final IntakeService intake;

  public ValidateRequestDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FORM_FIELDS.forEach(field -> execution.removeVariable(field + ERROR_SUFFIX));
    execution.removeVariable(VALIDATION_SUMMARY);
    RequestFormVariables.Parsed parsed = RequestFormVariables.read(execution.getVariables());
    IntakeService.Registration registration = intake.register(parsed.form(), parsed.problems(),
        (String) execution.getVariable(SUBMITTED_BY), execution.getActivityInstanceId());
    execution.setVariable(VALID, registration.isValid());
    if (registration.isValid()) {
      String key = registration.request().getKey();
      intake.linkProcess(key, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(key);
      execution.setVariable(REQUEST_KEY, key);
      execution.removeVariables(FORM_FIELDS);
    } else {
      List<FieldProblem> problems = registration.problems();
      problems.forEach(p -> execution.setVariable(p.field() + ERROR_SUFFIX, p.message()));
      execution.setVariable(VALIDATION_SUMMARY, summary(problems));
    }
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.size() == 1 ? "One field needs correcting."
        : problems.size() + " fields need correcting.";
  }
}
