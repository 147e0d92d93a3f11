package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A team member's lesson task. On create: the answer's variables are made local to this
 * member's task, so no one sees another's answer; the task is named with the project and due at
 * the lessons deadline, and the member gets a mail. On complete: the
 * answer is checked and stored as a draft lesson.
 */
@Component("postMortemLesson")
public class LessonTaskListener implements TaskListener {

  static final List<String> ANSWER = List.of(WENT_WELL, WENT_BADLY, RECOMMENDATIONS,
      LESSON_CATEGORY);

  private final PostMortems postMortems;
  private final PostMortemTasks tasks;

  public LessonTaskListener(PostMortems postMortems, PostMortemTasks tasks) {
    this.postMortems = postMortems;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    String projectKey = task.getExecution().getProcessBusinessKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ANSWER.forEach(name -> task.getExecution().setVariableLocal(name, null));
      PostMortemTasks.OpenedTask opened =
          tasks.lessonTaskOpened(projectKey, task.getId(), task.getAssignee());
      task.setName(opened.heading().name());
      task.setDueDate(opened.heading().due());
      task.setPriority(opened.heading().priority());
      opened.formFacts().forEach(task::setVariableLocal);
      return;
    }
    postMortems.submitLesson(projectKey, task.getAssignee(), new LessonForm(
        (String) task.getVariable(WENT_WELL), (String) task.getVariable(WENT_BADLY),
        (String) task.getVariable(RECOMMENDATIONS), (String) task.getVariable(LESSON_CATEGORY)));
  }
}
