package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.security.EngineUser;
import org.springframework.stereotype.Component;

/**
 * The review tasks (PMO triage, portfolio board). On create: name the task with the request's
 * key and title, due at the review deadline, prioritised by the score class; tell the group and
 * put what the form shows on the task. On complete: record the decision, whoever completes it (Tasklist, engine
 * REST or our API); the four-eyes rule is checked there.
 */
@Component("reviewTask")
public class ReviewTaskListener implements TaskListener {

  private final IntakeService intake;

  public ReviewTaskListener(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void notify(DelegateTask task) {
    String requestKey = intake.keyOfProcess(task.getProcessInstanceId());
    ReviewStage stage = ReviewStage.ofTask(task.getTaskDefinitionKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariables(java.util.List.of(DECISION, DECISION_REASON));
      IntakeService.OpenedReview opened = intake.reviewOpened(requestKey, stage, task.getId());
      task.setName(opened.heading().name());
      task.setDueDate(opened.heading().due());
      task.setPriority(opened.heading().priority());
      opened.formFacts().forEach(task::setVariableLocal);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object decision = task.getVariable(DECISION);
      NextStep next = intake.decide(requestKey, stage,
          decision == null ? null : Decision.valueOf(decision.toString()),
          (String) task.getVariable(DECISION_REASON), EngineUser.of(task));
      task.getExecution().setVariable(NEXT_STEP, next.name());
    }
  }

}
