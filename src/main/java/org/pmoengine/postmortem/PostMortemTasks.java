package org.pmoengine.postmortem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.records.Display;
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

  /** A task opened: what Tasklist lists of it, and the values its form shows (task-local). */
  public record OpenedTask(TaskHeading heading, Map<String, Object> formFacts) {}

  /** One member's lesson task: {@code Lessons learned: PRJ-... name}, due at the deadline. */
  public OpenedTask lessonTaskOpened(String projectKey, String taskId, String member) {
    Project project = projects.getByKey(projectKey);
    mail.lessonDue(projectKey, taskId, member);
    return new OpenedTask(TaskHeading.of("Lessons learned", project.getKey(), project.getName(),
        timers.lessonsDeadline()), facts(project));
  }

  /** The PMO's review: {@code Post-mortem review: PRJ-... name}, no deadline of its own. */
  @Transactional(readOnly = true)
  public OpenedTask reviewTaskOpened(String projectKey) {
    Project project = projects.getByKey(projectKey);
    return new OpenedTask(TaskHeading.of("Post-mortem review", project.getKey(),
        project.getName(), null), facts(project));
  }

  // how the project ended, as words: "closed" or "killed"
  private static Map<String, Object> facts(Project project) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("projectName", project.getName());
    facts.put("outcomeText", Display.words(project.getStatus()).toLowerCase(Locale.ROOT));
    return facts;
  }
}
