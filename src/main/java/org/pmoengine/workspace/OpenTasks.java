package org.pmoengine.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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

    static OpenTask of(Task task, String userId) {
      return new OpenTask(task.getId(), task.getName(), task.getDueDate(), task.getPriority(),
          task.getCreateTime(), userId.equals(task.getAssignee()));
    }

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

  /**
   * At most {@code limit} tasks: those assigned to the person first, then those offered to their
   * groups, the most urgent of each (priority and age pick them, the due date orders them).
   */
  public List<OpenTask> waitingFor(String userId, List<String> groups, int limit) {
    List<OpenTask> found = new ArrayList<>(urgentFirst(tasks.createTaskQuery().active()
        .taskAssignee(userId), userId, limit));
    if (!groups.isEmpty() && found.size() < limit) {
      found.addAll(urgentFirst(tasks.createTaskQuery().active().taskUnassigned()
          .taskCandidateGroupIn(groups), userId, limit - found.size()));
    }
    return found;
  }

  private static List<OpenTask> urgentFirst(TaskQuery query, String userId, int limit) {
    // due first, nearest first: databases disagree where an empty due date sorts
    return query.orderByTaskPriority().desc().orderByTaskCreateTime().asc()
        .listPage(0, limit).stream()
        .map(task -> OpenTask.of(task, userId))
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
        .map(task -> OpenTask.of(task, userId))
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
