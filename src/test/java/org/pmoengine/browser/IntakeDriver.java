package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pmoengine.intake.IntakeVariables;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;

/**
 * Moves project-intake instances to the step a browser test looks at, through the engine as the
 * given users. Job execution is off in tests, so it also runs the asynchronous steps.
 */
final class IntakeDriver {

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final ProjectRequestRepository requests;

  IntakeDriver(IdentityService identityService, RuntimeService runtimeService,
      TaskService taskService, ManagementService managementService,
      ProjectRequestRepository requests) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.requests = requests;
  }

  /** A small maintenance request with the value types Tasklist submits. */
  static Map<String, Object> aSmallRequest(String title) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", title);
    form.put("summary", "Retire unused reports.");
    form.put("businessCase", "Less maintenance.");
    form.put("sponsor", "Dora Sponsor");
    form.put("department", "PMO");
    form.put("category", "maintenance");
    form.put("mandatory", false);
    form.put("requestedBudget", 15000);
    form.put("effortPersonDays", 10);
    form.put("desiredStart", "2027-02-01");
    form.put("desiredEnd", "2027-03-31");
    form.put("strategicAlignment", 2);
    form.put("businessValue", 3);
    form.put("timeCriticality", 2);
    form.put("riskReductionOpportunity", 2);
    form.put("deliveryRisk", 1);
    return form;
  }

  /** Submits the form as the user, as the start form would. */
  ProcessInstance submit(String userId, Map<String, Object> form) {
    return as(userId, () ->
        runtimeService.startProcessInstanceByKey(IntakeVariables.PROCESS_ID, form));
  }

  /** Submits a valid request and runs the rules, so that it waits in PMO triage. */
  ProjectRequest submitAndScore(String userId, Map<String, Object> form) {
    submit(userId, form);
    ProjectRequest request = latestRequestOf(userId);
    runJob(request, "score-request");
    return reload(request);
  }

  /** Completes a review task as the user with the decision and reason. */
  void decide(ProjectRequest request, String taskKey, String userId, String decision,
      String reason) {
    Task task = task(request, taskKey);
    as(userId, () -> {
      taskService.claim(task.getId(), userId);
      taskService.complete(task.getId(), Map.of(
          IntakeVariables.DECISION, decision, IntakeVariables.DECISION_REASON, reason));
      return null;
    });
  }

  ProjectRequest latestRequestOf(String userId) {
    List<ProjectRequest> mine = requests.findBySubmittedByOrderBySubmittedAtDesc(userId);
    assertThat(mine).as("requests of " + userId).isNotEmpty();
    return mine.get(0);
  }

  ProjectRequest reload(ProjectRequest request) {
    return requests.findByKey(request.getKey()).orElseThrow();
  }

  Task task(ProjectRequest request, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  void runJob(ProjectRequest request, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(request.getProcessInstanceId())
        .activityId(activityId).singleResult();
    assertThat(job).as(activityId + " job of " + request.getKey()).isNotNull();
    managementService.executeJob(job.getId());
  }

  private <T> T as(String userId, java.util.function.Supplier<T> action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
