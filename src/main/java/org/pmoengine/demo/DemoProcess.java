package org.pmoengine.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The engine side of the demo portfolio: the demo's people, acting as a signed-in user (for the
 * engine and for the services that read the caller), completing tasks as Tasklist would, and
 * running the steps the job executor would run. The job executor is off while the portfolio is
 * generated, so each step runs here, in order, and a failing step stops the generation.
 */
@Component
@Profile("default | demo")
class DemoProcess {

  private final IdentityService identity;
  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;

  DemoProcess(IdentityService identity, TaskService tasks, ManagementService management,
      RuntimeService runtime) {
    this.identity = identity;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
  }

  /** Creates the user with the demo password if missing, and adds the missing groups. */
  void ensureUser(String id, String firstName, String lastName, String password,
      List<String> groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@pmo.example");
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

  /** Runs the work as the user, with the user's groups, as a sign-in would. */
  <T> T as(String userId, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(userId, null,
            groups.stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList()));
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
      SecurityContextHolder.clearContext();
    }
  }

  void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  /**
   * Runs every due asynchronous step (not timers) of the processes of a record, as the job
   * executor would, until none is left: the processes with the request key or project key as
   * business key, and the others named (change control, which has no business key).
   */
  void runJobs(String requestKey, String projectKey, List<String> others) {
    for (int guard = 0; guard < 10_000; guard++) {
      List<String> instances = new ArrayList<>();
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestKey).list()
          .forEach(i -> instances.add(i.getId()));
      if (projectKey != null) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectKey).list()
            .forEach(i -> instances.add(i.getId()));
        instances.addAll(others);
      }
      List<Job> due = instances.isEmpty() ? List.of() : management.createJobQuery()
          .processInstanceIds(new HashSet<>(instances)).executable().messages().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("The jobs of " + requestKey + " do not come to an end");
  }

  /** An open task: its id, its id in the BPMN, and who has it. */
  record OpenTask(String id, String key, String assignee) {}

  /** The open tasks of every process of a record (request or project key). */
  List<OpenTask> openTasks(String businessKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active()
        .orderByTaskCreateTime().asc().list().stream()
        .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getAssignee())).toList();
  }

  Optional<OpenTask> openTask(String businessKey, String taskKey) {
    return openTasks(businessKey).stream().filter(t -> t.key().equals(taskKey)).findFirst();
  }

  Object localVariable(OpenTask task, String name) {
    return tasks.getVariableLocal(task.id(), name);
  }

  Object variable(OpenTask task, String name) {
    return tasks.getVariable(task.id(), name);
  }

  /** Completes the task as the user with the form's fields. */
  void complete(String userId, OpenTask task, Map<String, Object> fields) {
    as(userId, () -> tasks.complete(task.id(), fields));
  }

  /** Fires the weekly status timer of a project in Execution, which opens its status report. */
  boolean statusDue(String projectKey) {
    Optional<Job> timer = runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectKey)
        .processDefinitionKey("project-lifecycle").list().stream()
        .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId())
            .timers().activityId("status-due").list().stream())
        .findFirst();
    timer.ifPresent(job -> management.executeJob(job.getId()));
    return timer.isPresent();
  }

  long incidents() {
    return runtime.createIncidentQuery().count();
  }
}
