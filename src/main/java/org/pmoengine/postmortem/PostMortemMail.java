package org.pmoengine.postmortem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.config.PmoProperties;
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
    Map<String, Object> model = base(projectKey);
    model.put("link", pmo.taskUrl(taskId));
    notifications.toUsers(projectKey + ":post-mortem-lesson:" + taskId, LESSON_DUE,
        List.of(member), model);
  }

  /** To the members who have not answered yet. */
  public void reminder(String projectKey, List<String> members) {
    if (members.isEmpty()) {
      return;
    }
    Map<String, Object> model = base(projectKey);
    model.put("link", pmo.tasklistUrl());
    notifications.toUsers(projectKey + ":post-mortem-reminder", REMINDER, members, model);
  }

  /** To everyone asked for lessons, with the post-mortem's link. */
  public void published(String projectKey) {
    Map<String, Object> model = base(projectKey);
    List<String> recipients = new ArrayList<>(postMortems.invited(projectKey));
    model.put("lessons", (int) postMortems.lessons(projectKey).stream()
        .filter(l -> l.getStatus() == LessonStatus.PUBLISHED).count());
    model.put("link", pmo.baseUrl() + "/api/projects/" + projectKey + "/post-mortem");
    notifications.toUsers(projectKey + ":post-mortem-published", PUBLISHED, recipients, model);
  }

  private Map<String, Object> base(String projectKey) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("projectKey", projectKey);
    model.put("projectName", projects.findByKey(projectKey).map(Project::getName).orElse(""));
    return model;
  }
}
