package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's way into the {@code project-intake} process: the same start event and the same review
 * tasks as Tasklist, so the process and its listeners apply the same checks on both paths.
 */
@Component
public class IntakeProcess {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ProjectRequestRepository requests;

  public IntakeProcess(RuntimeService runtime, TaskService tasks,
      ProjectRequestRepository requests) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.requests = requests;
  }

  /** Validates at the edge, then starts the process as the signed-in user; returns the request. */
  @Transactional
  public ProjectRequest submit(RequestForm form) {
    var problems = RequestValidator.validate(form);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_ID, RequestFormVariables.of(form));
    return requests.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  /** Completes the open review task of the request with the caller's decision. */
  @Transactional
  public void decide(String requestKey, Decision decision, String reason, List<String> groups) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(requestKey)
        .taskDefinitionKeyIn(ReviewStage.PMO_TRIAGE.taskId(),
            ReviewStage.PORTFOLIO_BOARD.taskId())
        .singleResult();
    if (task == null) {
      throw new ForbiddenException(requestKey + " has no review waiting for your decision.");
    }
    ReviewStage stage = ReviewStage.ofTask(task.getTaskDefinitionKey());
    if (!groups.contains(stage.group())) {
      throw new ForbiddenException("Only the " + stage.group() + " group decides the "
          + stage.taskName() + " of " + requestKey + ".");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(DECISION, decision == null ? null : decision.name());
    variables.put(DECISION_REASON, reason);
    tasks.complete(task.getId(), variables);
  }
}
