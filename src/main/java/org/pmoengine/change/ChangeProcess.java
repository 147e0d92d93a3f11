package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.EngineCalls;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ways into {@code change-control} besides Tasklist: the API (raise, decide, withdraw) and
 * the project's lifecycle. They use the same start event, tasks and message as Tasklist, so the
 * process and its listeners apply the same checks on every path.
 */
@Component
public class ChangeProcess {

  private static final Logger log = LoggerFactory.getLogger(ChangeProcess.class);

  /** A change raised through the API, with its impact against the latest plan. */
  public record Raised(ChangeRequest change, ChangeImpact impact) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final EngineCalls engine;
  private final ChangeService changes;
  private final ChangeChecks checks;
  private final ChangeRequestRepository requests;
  private final ProjectRepository projects;
  private final ProjectTeam team;
  private final CurrentUser user;
  private final ObjectMapper json;

  public ChangeProcess(RuntimeService runtime, TaskService tasks, EngineCalls engine,
      ChangeService changes, ChangeChecks checks, ChangeRequestRepository requests,
      ProjectRepository projects, ProjectTeam team, CurrentUser user, ObjectMapper json) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.engine = engine;
    this.changes = changes;
    this.checks = checks;
    this.requests = requests;
    this.projects = projects;
    this.team = team;
    this.user = user;
    this.json = json;
  }

  /** Checks at the edge, then starts the process as the signed-in member. */
  @Transactional
  public Raised raise(String projectKey, ChangeRequestForm form) {
    if (projects.findByKey(projectKey).isEmpty()) {
      throw new NotFoundException("There is no project " + projectKey + ".");
    }
    if (!team.isMember(projectKey, user.id())) {
      throw new ForbiddenException("Only a member of the team of " + projectKey
          + " may raise a change to it.");
    }
    List<FieldProblem> problems = checks.problemsOf(projectKey, form, List.of(), user.id());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ChangeImpact impact = changes.preview(projectKey, form);
    // the start event's initiator records the signed-in member as requestedBy
    Map<String, Object> variables = ChangeFormVariables.of(projectKey, form, json);
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_ID, variables);
    ChangeRequest change = requests.findByProcessInstanceId(instance.getId()).orElseThrow();
    return new Raised(change, impact);
  }

  /**
   * From the project's lifecycle: starts change control while the project is in Planning or
   * Execution, and refuses otherwise or when the message names no requester.
   *
   * @return whether change control started
   */
  @Transactional
  public boolean raiseFromLifecycle(String projectKey, Map<String, Object> payload) {
    Project project = projects.getByKey(projectKey);
    if (!ChangeChecks.acceptsChanges(project)) {
      log.info("Change to {} refused: it is in stage {} ({}), not Planning or Execution",
          projectKey, project.getStage(), project.getStatus());
      return false;
    }
    Object requester = payload.get(REQUESTED_BY);
    if (requester == null || requester.toString().isBlank()) {
      log.warn("Change to {} refused: the raise-change message names no requester", projectKey);
      return false;
    }
    Map<String, Object> variables = new HashMap<>(payload);
    variables.put(PROJECT_KEY, projectKey);
    runtime.startProcessInstanceByKey(PROCESS_ID, variables);
    log.info("Change to {} raised from its lifecycle by {}", projectKey, payload.get(REQUESTED_BY));
    return true;
  }

  /** Completes the approval task of the change with the caller's decision. */
  @Transactional
  public ChangeRequest decide(String projectKey, String changeKey, String decision,
      String reason) {
    ChangeRequest change = ofProject(projectKey, changeKey);
    Task task = approvalTask(change);
    String approver = change.getApprover();
    boolean mayDecide = approver.equals(task.getAssignee()) ? approver.equals(user.id())
        : user.isMemberOf(approver);
    if (!mayDecide) {
      throw new ForbiddenException("Only " + approver + " decides " + changeKey + ".");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(DECISION, decision);
    variables.put(DECISION_REASON, reason);
    tasks.complete(task.getId(), variables);
    return changes.get(changeKey);
  }

  /** The requester takes back a change that waits for approval. */
  @Transactional
  public ChangeRequest withdraw(String projectKey, String changeKey) {
    ChangeRequest change = ofProject(projectKey, changeKey);
    if (!change.getRequestedBy().equals(user.id())) {
      throw new ForbiddenException("Only " + change.getRequestedBy() + ", who raised "
          + changeKey + ", may withdraw it.");
    }
    approvalTask(change);
    String requester = user.id();
    asEngine(() -> runtime.createMessageCorrelation(WITHDRAW_MESSAGE)
        .processInstanceId(change.getProcessInstanceId())
        .setVariable(WITHDRAWN_BY, requester).correlateWithResult());
    return changes.get(changeKey);
  }

  /** The waiting approval task, found whoever may see it; the caller's rights are checked apart. */
  private Task approvalTask(ChangeRequest change) {
    Task task = change.getProcessInstanceId() == null ? null : asEngine(() -> tasks
        .createTaskQuery().processInstanceId(change.getProcessInstanceId())
        .taskDefinitionKeyIn(ChangeApprovalListener.TASKS.toArray(String[]::new))
        .singleResult());
    if (task == null || change.getStatus() != ChangeStatus.ANALYSED) {
      throw new ForbiddenException(change.getKey() + " is not waiting for approval (it is "
          + change.getStatus() + ").");
    }
    return task;
  }

  /** Runs without the caller's engine authorizations; the API has checked the caller's rights. */
  private <T> T asEngine(Supplier<T> action) {
    return engine.asEngine(action);
  }

  private ChangeRequest ofProject(String projectKey, String changeKey) {
    return requests.findByKey(changeKey).filter(c -> c.getProjectKey().equals(projectKey))
        .orElseThrow(() -> new NotFoundException(projectKey + " has no change " + changeKey + "."));
  }
}
