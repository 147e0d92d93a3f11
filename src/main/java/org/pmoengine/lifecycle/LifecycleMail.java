package org.pmoengine.lifecycle;

import java.util.List;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.MailModel;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Project;
import org.pmoengine.records.Display;
import org.pmoengine.records.TaskHeading;
import org.springframework.stereotype.Component;

/** The mails of the lifecycle's own tasks: the project manager is told a task waits for them. */
@Component
class LifecycleMail {

  static final String TASK_ASSIGNED = "task-assigned";

  private final Notifications notifications;
  private final PmoProperties pmo;

  LifecycleMail(Notifications notifications, PmoProperties pmo) {
    this.notifications = notifications;
    this.pmo = pmo;
  }

  /** To whoever the task is assigned to, with the task's link and the project's page. */
  void taskAssigned(Project project, TaskHeading heading, String taskId, String assignee,
      String what) {
    if (assignee == null) {
      return;
    }
    notifications.toUsers(project.getKey() + ":task-assigned:" + taskId, TASK_ASSIGNED,
        List.of(assignee), new TaskAssigned(heading.name(), project.getKey(), project.getName(),
            what, Display.date(heading.due()), pmo.taskUrl(taskId),
            pmo.projectUrl(project.getKey(), null)));
  }

  /** task-assigned: a task waits for one person; its due day is empty when it has none. */
  record TaskAssigned(String taskName, String projectKey, String projectName, String what,
      String due, String taskLink, String projectLink) implements MailModel {}
}
