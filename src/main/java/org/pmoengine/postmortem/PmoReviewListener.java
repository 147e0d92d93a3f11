package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.security.EngineUser;
import org.pmoengine.security.PmoGroups;
import org.springframework.stereotype.Component;

/**
 * The PMO review. On create: the task named with the project, the metrics, the lessons and the non-responders for the form, and
 * one tags line per lesson to fill in. On complete: the tags are checked and the lessons are
 * published to the library (those kept back are not).
 */
@Component("postMortemReview")
public class PmoReviewListener implements TaskListener {

  private final PostMortems postMortems;
  private final PostMortemTasks tasks;

  public PmoReviewListener(PostMortems postMortems, PostMortemTasks tasks) {
    this.postMortems = postMortems;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    String projectKey = task.getExecution().getProcessBusinessKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      PostMortemTasks.OpenedTask opened = tasks.reviewTaskOpened(projectKey);
      task.setName(opened.heading().name());
      task.setPriority(opened.heading().priority());
      opened.formFacts().forEach(task::setVariableLocal);
      ReviewSheet sheet = postMortems.startReview(projectKey);
      task.setVariableLocal(METRICS_SUMMARY, sheet.metrics());
      task.setVariableLocal(LESSONS_SUMMARY, sheet.lessons());
      task.setVariableLocal(NON_RESPONDERS, sheet.nonResponders());
      task.getExecution().removeVariables(List.of(WITHHELD_LESSONS, REVIEW_SUMMARY));
      task.getExecution().setVariable(LESSON_TAGS, sheet.tagLines());
      return;
    }
    String user = EngineUser.of(task);
    postMortems.publish(projectKey, (String) task.getVariable(LESSON_TAGS),
        (String) task.getVariable(WITHHELD_LESSONS), (String) task.getVariable(REVIEW_SUMMARY),
        user == null ? PmoGroups.PMO : user);
  }
}
