package org.pmoengine.intake;

import org.pmoengine.security.PmoGroups;





/** The review tasks of the intake process, with the BPMN task id and the group that decides. */
public enum ReviewStage {
  PMO_TRIAGE("pmo-triage", "PMO triage", PmoGroups.PMO),
  PORTFOLIO_BOARD("portfolio-board-review", "Portfolio board review", PmoGroups.PORTFOLIO_BOARD);

  private final String taskId;
  private final String taskName;
  private final String group;

  ReviewStage(String taskId, String taskName, String group) {
    this.taskId = taskId;
    this.taskName = taskName;
    this.group = group;
  }

  public String taskId() {
    return taskId;
  }

  public String taskName() {
    return taskName;
  }

  public String group() {
    return group;
  }

  public static ReviewStage ofTask(String taskDefinitionKey) {
    for (ReviewStage stage : values()) {
      if (stage.taskId.equals(taskDefinitionKey)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("Not a review task: " + taskDefinitionKey);
  }
}
