package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.security.EngineUser;
import org.springframework.stereotype.Component;

/**
 * The gate reviews (by the board, or by every member). On create: an empty decision. On
 * complete: the decision is checked on the server (an override needs a reason) and recorded; a
 * member's vote is added to the votes the board decision is made from.
 */
@Component("gateReview")
public class GateReviewListener implements TaskListener {

  /** The multi-instance review by every gate-board member. */
  public static final String BOARD_OF_ALL_TASK = "gate-board-review";

  private final ProjectLifecycle lifecycle;
  private final GateMail mail;

  public GateReviewListener(ProjectLifecycle lifecycle, GateMail mail) {
    this.lifecycle = lifecycle;
    this.mail = mail;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariables(List.of(GATE_DECISION, OVERRIDE_REASON));
      mail.reviewDue((String) task.getVariable(PROJECT_KEY),
          Gate.valueOf((String) task.getVariable(GATE)),
          (String) task.getVariable(GATE_RECOMMENDATION), (String) task.getVariable(GATE_REASONS),
          task.getId(), task.getAssignee());
      return;
    }
    Object recommended = task.getVariable(GATE_RECOMMENDATION);
    GateDecision decision = lifecycle.decide((String) task.getVariable(PROJECT_KEY),
        Gate.valueOf((String) task.getVariable(GATE)),
        recommended == null ? null : Recommendation.valueOf(recommended.toString()),
        (String) task.getVariable(GATE_DECISION), (String) task.getVariable(OVERRIDE_REASON),
        (String) task.getVariable(BOARD_COMMENTS), EngineUser.of(task));
    if (BOARD_OF_ALL_TASK.equals(task.getTaskDefinitionKey())) {
      var instance = task.getExecution().getProcessInstance();
      instance.setVariable(BOARD_VOTES,
          BoardVotes.add((String) instance.getVariable(BOARD_VOTES), decision.getDecision()));
    } else {
      mail.decided(decision);
    }
  }

}
