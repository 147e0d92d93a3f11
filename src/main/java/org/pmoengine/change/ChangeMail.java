package org.pmoengine.change;

import java.util.List;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.MailModel;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Project;
import org.pmoengine.records.Display;
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
    ApprovalDue model = new ApprovalDue(change.getKey(), project.getKey(), project.getName(),
        change.getRequestedBy(), change.getJustification(),
        Display.words(change.getChangeClass()), change.getClassification(),
        Display.date(change.getFinishBefore()), Display.date(change.getFinishAfter()),
        change.getSlipDays(), Display.euros(change.getCostChange()), pmo.taskUrl(taskId));
    String dedupKey = change.getKey() + ":approval:" + taskId;
    if (change.getApprover().equals(project.getManager())) {
      notifications.toUsers(dedupKey, "change-approval-due", List.of(project.getManager()), model);
    } else {
      notifications.toGroup(dedupKey, "change-approval-due", change.getApprover(), model);
    }
  }

  /** To the requester and the project manager, once per outcome. */
  void outcome(ChangeRequest change, Project project) {
    Decided model = new Decided(change.getKey(), project.getKey(), project.getName(),
        change.getRequestedBy(), Display.words(change.getChangeClass()),
        Display.date(change.getFinishBefore()), Display.date(change.getFinishAfter()),
        Display.euros(change.getCostChange()), Display.words(change.getStatus()),
        change.getDecidedBy(), change.getDecisionReason(),
        change.getAppliedPlanVersion(), change.getBaselineVersion(),
        pmo.projectUrl(project.getKey(), null));
    notifications.toUsers(change.getKey() + ":outcome:" + change.getStatus(), "change-decided",
        List.of(change.getRequestedBy(), project.getManager()), model);
  }

  /** change-approval-due: the change, its class and its impact, linking the approval task. */
  record ApprovalDue(String changeKey, String projectKey, String projectName, String requestedBy,
      String justification, String changeClass, String classification, String finishBefore,
      String finishAfter, Integer slipDays, String costChange, String link)
      implements MailModel {}

  /**
   * change-decided: how the change ended, who decided and why, and the plan and baseline
   * versions an applied change made.
   */
  record Decided(String changeKey, String projectKey, String projectName, String requestedBy,
      String changeClass, String finishBefore, String finishAfter, String costChange,
      String status, String decidedBy, String reason, Integer planVersion,
      Integer baselineVersion, String link) implements MailModel {}
}
