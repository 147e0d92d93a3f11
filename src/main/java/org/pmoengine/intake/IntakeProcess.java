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
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_ID, variablesOf(form));
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

  static Map<String, Object> variablesOf(RequestForm form) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TITLE, form.title());
    variables.put(SUMMARY, form.summary());
    variables.put(BUSINESS_CASE, form.businessCase());
    variables.put(SPONSOR, form.sponsor());
    variables.put(DEPARTMENT, form.department());
    variables.put(CATEGORY, form.category());
    variables.put(MANDATORY, form.isMandatory());
    variables.put(REQUESTED_BUDGET, form.requestedBudget().toPlainString());
    variables.put(EFFORT_PERSON_DAYS, form.effortPersonDays());
    variables.put(DESIRED_START, form.desiredStart().toString());
    variables.put(DESIRED_END, form.desiredEnd().toString());
    variables.put(STRATEGIC_ALIGNMENT, form.strategicAlignment());
    variables.put(BUSINESS_VALUE, form.businessValue());
    variables.put(TIME_CRITICALITY, form.timeCriticality());
    variables.put(RISK_REDUCTION_OPPORTUNITY, form.riskReductionOpportunity());
    variables.put(DELIVERY_RISK, form.deliveryRisk());
    return variables;
  }
}
