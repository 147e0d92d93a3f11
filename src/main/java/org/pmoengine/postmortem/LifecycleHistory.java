package org.pmoengine.postmortem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.pmoengine.lifecycle.GateReviewListener;
import org.pmoengine.lifecycle.LifecycleVariables;
import org.pmoengine.postmortem.GateTimes.TaskSpan;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/**
 * Reads the stage-work and gate-review tasks of a project's lifecycle from the engine's history.
 * Their names carry the stage or the gate ({@code Stage work (PLANNING)}, {@code Gate review
 * (G2)}): the engine resolves the name expression when it creates the task.
 */
@Component
public class LifecycleHistory {

  static final String STAGE_WORK = "stage-work";
  static final String GATE_REVIEW = "gate-review";
  private static final Pattern LAST_PARENTHESIS = Pattern.compile("\\(([A-Z0-9_]+)\\)\\s*$");

  private final HistoryService history;

  public LifecycleHistory(HistoryService history) {
    this.history = history;
  }

  public List<TaskSpan> taskSpans(String projectKey) {
    Map<String, String> gateOfStage = new HashMap<>();
    for (Gate gate : Gate.values()) {
      gateOfStage.put(gate.stageBefore().name(), gate.name());
    }
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_ID)
        .processInstanceBusinessKey(projectKey)
        .taskDefinitionKeyIn(STAGE_WORK, GATE_REVIEW, GateReviewListener.BOARD_OF_ALL_TASK)
        .orderByHistoricActivityInstanceStartTime().asc().list();
    return tasks.stream().map(t -> {
      boolean review = !STAGE_WORK.equals(t.getTaskDefinitionKey());
      String named = inParenthesis(t.getName());
      String gate = review ? named : gateOfStage.get(named);
      return gate == null ? null
          : new TaskSpan(review, gate, t.getStartTime().toInstant(),
              t.getEndTime() == null ? null : t.getEndTime().toInstant());
    }).filter(Objects::nonNull).toList();
  }

  private static String inParenthesis(String name) {
    if (name == null) {
      return null;
    }
    Matcher m = LAST_PARENTHESIS.matcher(name);
    return m.find() ? m.group(1) : null;
  }
}
