package org.pmoengine.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.config.PmoProperties;
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
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("projectKey", projectKey);
    model.put("projectName", project.getName());
    model.put("manager", project.getManager());
    model.put("toPmo", toPmo);
    model.put("link", pmo.tasklistUrl());
    String dedupKey = projectKey + ":status-report-" + (toPmo ? "pmo" : "reminder") + ":"
        + executionId;
    if (toPmo) {
      notifications.toGroup(dedupKey, TEMPLATE, PmoGroups.PMO, model);
    } else {
      notifications.toUsers(dedupKey, TEMPLATE, List.of(project.getManager()), model);
    }
  }
}
