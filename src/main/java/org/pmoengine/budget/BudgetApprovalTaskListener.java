package org.pmoengine.budget;

import static org.pmoengine.budget.BudgetValidationVariables.*;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.records.Display;
import org.pmoengine.records.TaskHeading;
import org.springframework.stereotype.Component;

/**
 * The approval tasks of a budget validation, on create: named with the project's key and name
 * for Tasklist, and the codes the form shows (warning level, approving groups) as words.
 */
@Component("budgetApprovalTask")
public class BudgetApprovalTaskListener implements TaskListener {

  private final BudgetValidation validation;

  public BudgetApprovalTaskListener(BudgetValidation validation) {
    this.validation = validation;
  }

  @Override
  public void notify(DelegateTask task) {
    String what = "board-budget-approval".equals(task.getTaskDefinitionKey())
        ? "Gate board budget approval" : "Finance approval";
    TaskHeading heading = validation.approvalTask(task.getExecution().getProcessBusinessKey(),
        what);
    task.setName(heading.name());
    task.setPriority(heading.priority());
    task.setVariableLocal("warningLevelText",
        Display.words((String) task.getVariable(WARNING_LEVEL)));
    Object approvals = task.getVariable(REQUIRED_APPROVALS);
    task.setVariableLocal("requiredApprovalsText", approvals == null ? ""
        : Arrays.stream(approvals.toString().split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).map(Display::words).collect(Collectors.joining(", ")));
    task.setVariableLocal("projectLink", validation.projectLink(
        task.getExecution().getProcessBusinessKey()));
  }
}
