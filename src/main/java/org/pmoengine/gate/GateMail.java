package org.pmoengine.gate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
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
    Map<String, Object> model = base(projectKey, gate);
    model.put("escalated", escalate);
    model.put("link", pmo.tasklistUrl());
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
    Map<String, Object> model = base(projectKey, gate);
    model.put("recommendation", recommendation);
    model.put("reasons", reasons == null ? "" : reasons);
    model.put("link", pmo.taskUrl(taskId));
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
    Map<String, Object> model = base(project.getKey(), decision.getGate());
    model.put("decision", decision.getDecision().name());
    model.put("recommendation", String.valueOf(decision.getRecommendation()));
    model.put("reason", decision.getReason());
    model.put("comments", decision.getComments());
    model.put("link", pmo.tasklistUrl());
    notifications.toUsers(project.getKey() + ":gate-decided:" + decision.getId(), "gate-decided",
        List.of(project.getManager(), project.getSponsor()), model);
  }

  private Map<String, Object> base(String projectKey, Gate gate) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("projectKey", projectKey);
    model.put("projectName", projects.findByKey(projectKey).map(Project::getName).orElse(""));
    model.put("gate", gate.name());
    return model;
  }
}
