package org.pmoengine.gate;

import java.util.List;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.MailModel;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.records.Display;
import org.pmoengine.security.PmoGroups;
import org.springframework.stereotype.Component;

/** The mails of a gate: a review is due, the board decided. */
@Component
public class GateMail {

  private final Notifications notifications;
  private final ProjectRepository projects;
  private final PmoProperties pmo;

  public GateMail(Notifications notifications, ProjectRepository projects, PmoProperties pmo) {
    this.notifications = notifications;
    this.projects = projects;
    this.pmo = pmo;
  }

  /**
   * A gate review past its deadline: a reminder to the gate board, or an escalation to the PMO
   * lead ({@code pmo.pmo-lead}; the whole PMO when unset), as for intake reviews.
   */
  public void reviewOverdue(String projectKey, Gate gate, boolean escalate, String executionId) {
    ReviewOverdue model = new ReviewOverdue(projectKey, projectName(projectKey), gate.name(),
        escalate, pmo.tasklistUrl());
    String dedupKey = projectKey + ":gate-review-" + (escalate ? "escalated" : "reminder") + ":"
        + gate + ":" + executionId;
    if (!escalate) {
      notifications.toGroup(dedupKey, "gate-review-overdue", PmoGroups.GATE_BOARD, model);
    } else if (pmo.hasPmoLead()) {
      notifications.toUsers(dedupKey, "gate-review-overdue", List.of(pmo.pmoLead()), model);
    } else {
      notifications.toGroup(dedupKey, "gate-review-overdue", PmoGroups.PMO, model);
    }
  }

  /** To the gate board, or to the one member a review by every member is assigned to. */
  public void reviewDue(String projectKey, Gate gate, String recommendation, String reasons,
      String taskId, String assignee) {
    ReviewDue model = new ReviewDue(projectKey, projectName(projectKey), gate.name(),
        Display.words(recommendation), reasons == null ? "" : reasons, pmo.taskUrl(taskId));
    String dedupKey = projectKey + ":gate-review:" + gate + ":" + taskId;
    if (assignee == null) {
      notifications.toGroup(dedupKey, "gate-review-due", PmoGroups.GATE_BOARD, model);
    } else {
      notifications.toUsers(dedupKey, "gate-review-due", List.of(assignee), model);
    }
  }

  /** To the project manager and the sponsor. */
  public void decided(GateDecision decision) {
    Project project = projects.findByKey(decision.getProjectKey()).orElseThrow();
    Decided model = new Decided(project.getKey(), project.getName(), decision.getGate().name(),
        Display.words(decision.getDecision()), Display.words(decision.getRecommendation()),
        decision.getReason(), decision.getComments(), pmo.projectUrl(project.getKey(), null));
    notifications.toUsers(project.getKey() + ":gate-decided:" + decision.getId(), "gate-decided",
        List.of(project.getManager(), project.getSponsor()), model);
  }

  private String projectName(String projectKey) {
    return projects.findByKey(projectKey).map(Project::getName).orElse("");
  }

  /** gate-review-overdue: a reminder to the board, or an escalation. */
  record ReviewOverdue(String projectKey, String projectName, String gate, boolean escalated,
      String link) implements MailModel {}

  /** gate-review-due: the criteria's recommendation and reasons, linking the review task. */
  record ReviewDue(String projectKey, String projectName, String gate, String recommendation,
      String reasons, String link) implements MailModel {}

  /** gate-decided: the board's decision beside the recommendation it was given. */
  record Decided(String projectKey, String projectName, String gate, String decision,
      String recommendation, String reason, String comments, String link)
      implements MailModel {}
}
