package org.pmoengine.workspace;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The tasks waiting for the signed-in person: assigned to them, or offered to one of their
 * groups. The query runs as that person, so the engine's authorizations decide what is listed,
 * exactly as in Tasklist.
 */
@Component
public class OpenTasks {

  /** One task as the home page lists it, with the address of the task in Tasklist. */
  public record OpenTask(String id, String name, Date due, int priority, Date created,
      boolean assignedToMe) {

    public String tasklistPath() {
      return "/camunda/app/tasklist/default/#/?task=" + id;
    }

    public boolean overdue(Date now) {
      return due != null && due.before(now);
    }
  }

  private final TaskService tasks;

  OpenTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  /** At most {@code limit} tasks, the most urgent first: priority and age pick them, due date orders them. */
  public List<OpenTask> waitingFor(String userId, List<String> groups, int limit) {
    var query = tasks.createTaskQuery().active().or().taskAssignee(userId);
    if (!groups.isEmpty()) {
      query = query.taskCandidateGroupIn(groups);
    }
    List<Task> found = query.endOr()
        .orderByTaskPriority().desc().orderByTaskCreateTime().asc()
        .listPage(0, limit);
    // due first, nearest first: databases disagree where an empty due date sorts
    return found.stream()
        .map(t -> new OpenTask(t.getId(), t.getName(), t.getDueDate(), t.getPriority(),
            t.getCreateTime(), userId.equals(t.getAssignee())))
        .sorted(Comparator.comparing(OpenTask::due,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * The open tasks of a record's processes (a project's stage work, gate review, status report),
   * those the signed-in person may see, oldest first.
   */
  public List<OpenTask> ofRecord(String businessKey, String userId, int limit) {
    return tasks.createTaskQuery().active().processInstanceBusinessKey(businessKey)
        .orderByTaskCreateTime().asc().listPage(0, limit).stream()
        .map(t -> new OpenTask(t.getId(), t.getName(), t.getDueDate(), t.getPriority(),
            t.getCreateTime(), userId.equals(t.getAssignee())))
        .toList();
  }

  /** How many tasks wait for the person in all. */
  public long countWaitingFor(String userId, List<String> groups) {
    var query = tasks.createTaskQuery().active().or().taskAssignee(userId);
    if (!groups.isEmpty()) {
      query = query.taskCandidateGroupIn(groups);
    }
    return query.endOr().count();
  }
}
