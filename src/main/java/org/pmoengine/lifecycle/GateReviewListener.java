package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.gate.GateDecision;
import org.pmoengine.gate.GateMail;
import org.pmoengine.gate.GateReviews;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.plans.PlanVariables;
import org.pmoengine.project.Gate;
import org.pmoengine.records.Display;
import org.pmoengine.security.EngineUser;
import org.springframework.stereotype.Component;

/**
 * The gate reviews (by the board, or by every member). On create: the task named with the
 * project and gate, due at the reminder deadline, the codes it shows as words, and an empty
 * decision. On
 * complete: the decision is checked on the server (an override needs a reason) and recorded; a
 * member's vote is added to the votes the board decision is made from.
 */
@Component("gateReview")
public class GateReviewListener implements TaskListener {

  /** The multi-instance review by every gate-board member. */
  public static final String BOARD_OF_ALL_TASK = "gate-board-review";

  private final GateReviews reviews;
  private final GateMail mail;
  private final LifecycleTasks tasks;

  public GateReviewListener(GateReviews reviews, GateMail mail, LifecycleTasks tasks) {
    this.reviews = reviews;
    this.mail = mail;
    this.tasks = tasks;
  }

  /** The routing codes the review form shows, as words. */
  private static Map<String, Object> facts(DelegateTask task) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("recommendationText", Display.words((String) task.getVariable(GATE_RECOMMENDATION)));
    facts.put("budgetOutcomeText", Display.words((String) task.getVariable(BUDGET_OUTCOME)));
    Object health = task.getVariable(HEALTH);
    facts.put("healthText", health == null ? "Not rated yet" : Display.words(health.toString()));
    Object finish = task.getVariable(PlanVariables.FORECAST_FINISH);
    facts.put("forecastFinishText",
        finish == null ? "" : Display.date(LocalDate.parse(finish.toString())));
    return facts;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariables(List.of(GATE_DECISION, OVERRIDE_REASON));
      task.setVariableLocal(TASK_GATE, task.getVariable(GATE));
      LifecycleTasks.OpenedTask opened = tasks.gateReviewOpened(
          task.getExecution().getProcessBusinessKey(), Gate.valueOf((String) task.getVariable(GATE)),
          BOARD_OF_ALL_TASK.equals(task.getTaskDefinitionKey()));
      task.setName(opened.heading().name());
      task.setDueDate(opened.heading().due());
      task.setPriority(opened.heading().priority());
      opened.formFacts().forEach(task::setVariableLocal);
      facts(task).forEach(task::setVariableLocal);
      if (BOARD_OF_ALL_TASK.equals(task.getTaskDefinitionKey())) {
        castVotesApart(task);
      }
      mail.reviewDue(task.getExecution().getProcessBusinessKey(),
          Gate.valueOf((String) task.getVariable(GATE)),
          (String) task.getVariable(GATE_RECOMMENDATION), (String) task.getVariable(GATE_REASONS),
          task.getId(), task.getAssignee());
      return;
    }
    Object recommended = task.getVariable(GATE_RECOMMENDATION);
    GateDecision decision = reviews.decide(task.getExecution().getProcessBusinessKey(),
        Gate.valueOf((String) task.getVariable(GATE)),
        recommended == null ? null : Recommendation.valueOf(recommended.toString()),
        (String) task.getVariable(GATE_DECISION), (String) task.getVariable(OVERRIDE_REASON),
        (String) task.getVariable(BOARD_COMMENTS), EngineUser.of(task));
    if (!BOARD_OF_ALL_TASK.equals(task.getTaskDefinitionKey())) {
      mail.decided(decision);
    }
  }

  /**
   * A member's answer stays on the member's own execution, and the vote is the member's row in
   * the gate decisions: members who vote at the same moment write nothing in common. The votes
   * are the decisions recorded after the one noted here (all tasks open in one transaction).
   */
  private void castVotesApart(DelegateTask task) {
    Map<String, Object> answer = new HashMap<>();
    answer.put(GATE_DECISION, null);
    answer.put(OVERRIDE_REASON, null);
    answer.put(BOARD_COMMENTS, null);
    task.getExecution().setVariablesLocal(answer);
    task.getExecution().getProcessInstance().setVariable(BOARD_VOTES_AFTER,
        reviews.lastDecisionId(task.getExecution().getProcessBusinessKey()));
  }

}
