package org.pmoengine.postmortem;

import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.records.TaskHeading;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-mortem's tasks as Tasklist lists them: named with the project's key and name (read
 * from the project), a lesson due at the lessons deadline, and its member told by mail.
 */
@Service
@Transactional
public class PostMortemTasks {

  private final ProjectRepository projects;
  private final PostMortemTimers timers;
  private final PostMortemMail mail;

  public PostMortemTasks(ProjectRepository projects, PostMortemTimers timers,
      PostMortemMail mail) {
    this.projects = projects;
    this.timers = timers;
    this.mail = mail;
  }

  /** One member's lesson task: {@code Lessons learned: PRJ-... name}, due at the deadline. */
  public TaskHeading lessonTaskOpened(String projectKey, String taskId, String member) {
    Project project = projects.getByKey(projectKey);
    mail.lessonDue(projectKey, taskId, member);
    return TaskHeading.of("Lessons learned", project.getKey(), project.getName(),
        timers.lessonsDeadline());
  }

  /** The PMO's review: {@code Post-mortem review: PRJ-... name}, no deadline of its own. */
  @Transactional(readOnly = true)
  public TaskHeading reviewTaskOpened(String projectKey) {
    Project project = projects.getByKey(projectKey);
    return TaskHeading.of("Post-mortem review", project.getKey(), project.getName(), null);
  }
}
