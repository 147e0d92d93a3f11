package org.pmoengine.postmortem;

import static org.pmoengine.lifecycle.LifecycleVariables.TASK_GATE;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.pmoengine.lifecycle.GateReviewListener;
import org.pmoengine.lifecycle.LifecycleVariables;
import org.pmoengine.postmortem.GateTimes.TaskSpan;
import org.springframework.stereotype.Component;

/**
 * Reads the stage-work and gate-review tasks of a project's lifecycle from the engine's history,
 * by activity id. Each task keeps the gate it leads to as a task-local variable, so no task name
 * is parsed.
 */
@Component
public class LifecycleHistory {

  static final String STAGE_WORK = "stage-work";
  static final String GATE_REVIEW = "gate-review";

  private final HistoryService history;

  public LifecycleHistory(HistoryService history) {
    this.history = history;
  }

  public List<TaskSpan> taskSpans(String projectKey) {
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_ID)
        .processInstanceBusinessKey(projectKey)
        .taskDefinitionKeyIn(STAGE_WORK, GATE_REVIEW, GateReviewListener.BOARD_OF_ALL_TASK)
        .orderByHistoricActivityInstanceStartTime().asc().list();
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> gateOfTask = history.createHistoricVariableInstanceQuery()
        .variableName(TASK_GATE)
        .taskIdIn(tasks.stream().map(HistoricTaskInstance::getId).toArray(String[]::new))
        .list().stream().filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getTaskId,
            v -> v.getValue().toString(), (a, b) -> a));
    return tasks.stream().map(t -> {
      String gate = gateOfTask.get(t.getId());
      return gate == null ? null
          : new TaskSpan(!STAGE_WORK.equals(t.getTaskDefinitionKey()), gate,
              t.getStartTime().toInstant(),
              t.getEndTime() == null ? null : t.getEndTime().toInstant());
    }).filter(Objects::nonNull).toList();
  }
}
