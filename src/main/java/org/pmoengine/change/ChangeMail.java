package org.pmoengine.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Project;
import org.springframework.stereotype.Component;

/** The mails of change control: an approval is due, and how a change ended. */
@Component
class ChangeMail {

  private final Notifications notifications;
  private final PmoProperties pmo;

  ChangeMail(Notifications notifications, PmoProperties pmo) {
    this.notifications = notifications;
    this.pmo = pmo;
  }

  /** To the project manager for a minor change, else to the approving board. */
  void approvalDue(ChangeRequest change, Project project, String taskId) {
    Map<String, Object> model = base(change, project);
    model.put("link", pmo.taskUrl(taskId));
    String dedupKey = change.getKey() + ":approval:" + taskId;
    if (change.getApprover().equals(project.getManager())) {
      notifications.toUsers(dedupKey, "change-approval-due", List.of(project.getManager()), model);
    } else {
      notifications.toGroup(dedupKey, "change-approval-due", change.getApprover(), model);
    }
  }

  /** To the requester and the project manager, once per outcome. */
  void outcome(ChangeRequest change, Project project) {
    Map<String, Object> model = base(change, project);
    model.put("status", change.getStatus().name());
    model.put("decidedBy", change.getDecidedBy());
    model.put("reason", change.getDecisionReason());
    model.put("planVersion", change.getAppliedPlanVersion());
    model.put("baselineVersion", change.getBaselineVersion());
    model.put("link", pmo.baseUrl() + "/api/projects/" + project.getKey() + "/changes/"
        + change.getKey());
    notifications.toUsers(change.getKey() + ":outcome:" + change.getStatus(), "change-decided",
        List.of(change.getRequestedBy(), project.getManager()), model);
  }

  private static Map<String, Object> base(ChangeRequest change, Project project) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("changeKey", change.getKey());
    model.put("projectKey", project.getKey());
    model.put("projectName", project.getName());
    model.put("requestedBy", change.getRequestedBy());
    model.put("justification", change.getJustification());
    model.put("changeClass", String.valueOf(change.getChangeClass()));
    model.put("classification", change.getClassification());
    model.put("finishBefore", change.getFinishBefore());
    model.put("finishAfter", change.getFinishAfter());
    model.put("slipDays", change.getSlipDays());
    model.put("costChange", change.getCostChange());
    return model;
  }
}
