package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.pmoengine.config.PmoProperties;
import org.springframework.stereotype.Component;

/**
 * Fired by the review deadlines: the first reminds the reviewers, the second ({@code
 * escalate = true}) escalates to the PMO lead, who may then also work the task. The BPMN passes
 * the review task's id as input {@code reviewTask}.
 */
@Component("overdueReview")
public class OverdueReviewDelegate implements JavaDelegate {

  private final IntakeService intake;
  private final PmoProperties properties;

  public OverdueReviewDelegate(IntakeService intake, PmoProperties properties) {
    this.intake = intake;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReviewStage stage = ReviewStage.ofTask((String) execution.getVariable("reviewTask"));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(stage.taskId()).singleResult();
    if (task == null) {
      return; // completed in the same moment the deadline fired
    }
    String requestKey = (String) execution.getVariable(REQUEST_KEY);
    if (Boolean.TRUE.equals(execution.getVariable("escalate"))) {
      intake.reviewEscalated(requestKey, stage, task.getId(), task.getCreateTime().toInstant());
      if (properties.hasPmoLead()) {
        tasks.addCandidateUser(task.getId(), properties.pmoLead());
      }
    } else {
      intake.reviewOverdue(requestKey, stage, task.getId(), task.getCreateTime().toInstant(),
          task.getAssignee());
    }
  }
}
