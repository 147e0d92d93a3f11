package org.pmoengine.postmortem;

import java.util.ArrayList;
import java.util.List;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.MailModel;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.springframework.stereotype.Component;

/** The mails of a post-mortem: a lesson is asked for, a reminder, the lessons are published. */
@Component
public class PostMortemMail {

  static final String LESSON_DUE = "post-mortem-lesson-due";
  static final String REMINDER = "post-mortem-reminder";
  static final String PUBLISHED = "post-mortem-published";

  private final Notifications notifications;
  private final ProjectRepository projects;
  private final PostMortems postMortems;
  private final PmoProperties pmo;

  public PostMortemMail(Notifications notifications, ProjectRepository projects,
      PostMortems postMortems, PmoProperties pmo) {
    this.notifications = notifications;
    this.projects = projects;
    this.postMortems = postMortems;
    this.pmo = pmo;
  }

  /** To the member one lesson task is for, with its Tasklist link. */
  public void lessonDue(String projectKey, String taskId, String member) {
    notifications.toUsers(projectKey + ":post-mortem-lesson:" + taskId, LESSON_DUE,
        List.of(member), new LessonDue(projectKey, projectName(projectKey), pmo.taskUrl(taskId)));
  }

  /** To the members who have not answered yet. */
  public void reminder(String projectKey, List<String> members) {
    if (members.isEmpty()) {
      return;
    }
    notifications.toUsers(projectKey + ":post-mortem-reminder", REMINDER, members,
        new Reminder(projectKey, projectName(projectKey), pmo.tasklistUrl()));
  }

  /** To everyone asked for lessons, with the post-mortem's link. */
  public void published(String projectKey) {
    List<String> recipients = new ArrayList<>(postMortems.invited(projectKey));
    int lessons = (int) postMortems.lessons(projectKey).stream()
        .filter(l -> l.getStatus() == LessonStatus.PUBLISHED).count();
    Published model = new Published(projectKey, projectName(projectKey), lessons,
        pmo.pageUrl("lessons"));
    notifications.toUsers(projectKey + ":post-mortem-published", PUBLISHED, recipients, model);
  }

  private String projectName(String projectKey) {
    return projects.findByKey(projectKey).map(Project::getName).orElse("");
  }

  /** post-mortem-lesson-due: one member's lesson task. */
  record LessonDue(String projectKey, String projectName, String link) implements MailModel {}

  /** post-mortem-reminder: to the members who have not answered. */
  record Reminder(String projectKey, String projectName, String link) implements MailModel {}

  /** post-mortem-published: how many lessons went into the library. */
  record Published(String projectKey, String projectName, int lessons, String link)
      implements MailModel {}
}
