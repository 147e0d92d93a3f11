package org.pmoengine.status;

import java.util.List;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.MailModel;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.security.PmoGroups;
import org.springframework.stereotype.Component;

/**
 * The mails of an overdue weekly status report: a reminder to the project manager, then a
 * notice to the PMO (the intake review deadlines, {@code pmo.intake.*}).
 */
@Component
public class StatusReportMail {

  static final String TEMPLATE = "status-report-overdue";

  private final Notifications notifications;
  private final ProjectRepository projects;
  private final PmoProperties pmo;

  public StatusReportMail(Notifications notifications, ProjectRepository projects,
      PmoProperties pmo) {
    this.notifications = notifications;
    this.projects = projects;
    this.pmo = pmo;
  }

  public void overdue(String projectKey, boolean toPmo, String executionId) {
    Project project = projects.findByKey(projectKey).orElseThrow();
    Overdue model = new Overdue(projectKey, project.getName(), project.getManager(), toPmo,
        pmo.tasklistUrl());
    String dedupKey = projectKey + ":status-report-" + (toPmo ? "pmo" : "reminder") + ":"
        + executionId;
    if (toPmo) {
      notifications.toGroup(dedupKey, TEMPLATE, PmoGroups.PMO, model);
    } else {
      notifications.toUsers(dedupKey, TEMPLATE, List.of(project.getManager()), model);
    }
  }

  /** status-report-overdue: a reminder to the manager, or ({@code toPmo}) a notice to the PMO. */
  record Overdue(String projectKey, String projectName, String manager, boolean toPmo,
      String link) implements MailModel {}
}
