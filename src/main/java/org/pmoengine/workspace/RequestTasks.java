package org.pmoengine.workspace;

import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open task of each request's intake process, for a link into Tasklist. The query runs as
 * the signed-in person, so only tasks they may see in Tasklist are linked.
 */
@Component
public class RequestTasks {

  /** An open task and its address in Tasklist. */
  public record OpenTask(String id, String name, Date created) {
    public String tasklistPath() {
      return "/camunda/app/tasklist/default/#/?task=" + id;
    }
  }

  private final TaskService tasks;

  RequestTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  /** The open task of each process instance given, by process instance id. */
  Map<String, OpenTask> byProcessInstance(Collection<String> processInstanceIds) {
    String[] ids = processInstanceIds.stream().filter(Objects::nonNull).distinct()
        .toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    return tasks.createTaskQuery().processInstanceIdIn(ids).active().list().stream()
        .collect(Collectors.toMap(Task::getProcessInstanceId,
            t -> new OpenTask(t.getId(), t.getName(), t.getCreateTime()),
            (a, b) -> a.created().before(b.created()) ? b : a));
  }

  OpenTask of(String processInstanceId) {
    return processInstanceId == null ? null
        : byProcessInstance(java.util.List.of(processInstanceId)).get(processInstanceId);
  }
}
