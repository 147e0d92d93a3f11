package org.pmoengine.intake;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.MailModel;
import org.pmoengine.notification.Notifications;
import org.pmoengine.records.Display;
import org.pmoengine.web.FieldProblem;
import org.springframework.stereotype.Component;

/** The mails of the intake process: who gets which template with which values. */
@Component
class IntakeMail {

  private final Notifications notifications;
  private final PmoProperties pmo;

  IntakeMail(Notifications notifications, PmoProperties pmo) {
    this.notifications = notifications;
    this.pmo = pmo;
  }

  void submitted(ProjectRequest request, IntakeScore score) {
    notifications.toUsers(request.getKey() + ":submitted:" + score.decisionId(),
        "request-submitted", List.of(request.getSubmittedBy()),
        new Submitted(request.getKey(), request.getTitle(), score.score(), score.priorityClass(),
            score.route().label(), score.explanation(), pmo.pageUrl("requests")));
  }

  void correctionNeeded(String eventId, String submittedBy, String title,
      List<FieldProblem> problems) {
    CorrectionNeeded model = new CorrectionNeeded(
        title == null || title.isBlank() ? "(untitled request)" : title,
        problems.stream().map(p -> p.field() + ": " + p.message()).toList(), pmo.tasklistUrl());
    notifications.toUsers(eventId + ":correction", "correction-needed", List.of(submittedBy),
        model);
  }

  void decided(ProjectRequest request, String decision, String eventId) {
    notifications.toUsers(request.getKey() + ":decided:" + eventId, "request-decided",
        List.of(request.getSubmittedBy()),
        new Decided(request.getKey(), request.getTitle(), decision, request.getDecisionReason(),
            request.getProjectKey(), linkOf(request, decision)));
  }

  // more information is a task in Tasklist; a new project has its page; otherwise the requests
  private String linkOf(ProjectRequest request, String decision) {
    if ("MORE_INFORMATION".equals(decision)) {
      return pmo.tasklistUrl();
    }
    return request.getProjectKey() != null ? pmo.projectUrl(request.getProjectKey(), null)
        : pmo.pageUrl("requests");
  }

  void reviewOpened(ProjectRequest request, ReviewStage stage, String taskId, Date due) {
    ReviewTask model = new ReviewTask(request.getKey(), request.getTitle(), stage.taskName(),
        request.getScore(), request.getPriorityClass(), Display.date(due), pmo.taskUrl(taskId));
    notifications.toGroup(request.getKey() + ":review:" + taskId, "review-task", stage.group(),
        model);
  }

  void reviewOverdue(ProjectRequest request, ReviewStage stage, String taskId, Instant openSince,
      String assignee) {
    ReviewReminder model = new ReviewReminder(request.getKey(), request.getTitle(),
        stage.taskName(), Display.dateAndTime(openSince), pmo.taskUrl(taskId));
    String dedupKey = request.getKey() + ":reminder:" + taskId;
    if (assignee != null) {
      notifications.toUsers(dedupKey, "review-reminder", List.of(assignee), model);
    } else {
      notifications.toGroup(dedupKey, "review-reminder", stage.group(), model);
    }
  }

  void reviewEscalated(ProjectRequest request, ReviewStage stage, String taskId,
      Instant openSince) {
    ReviewEscalation model = new ReviewEscalation(request.getKey(), request.getTitle(),
        stage.taskName(), Display.dateAndTime(openSince), stage.group(), pmo.taskUrl(taskId));
    String dedupKey = request.getKey() + ":escalation:" + taskId;
    if (pmo.hasPmoLead()) {
      notifications.toUsers(dedupKey, "review-escalation", List.of(pmo.pmoLead()), model);
    } else {
      notifications.toGroup(dedupKey, "review-escalation", "pmo", model);
    }
  }

  /** request-submitted: the new key, the score the submitter's request got, and its route. */
  record Submitted(String requestKey, String title, int score, String priorityClass,
      String route, String explanation, String link) implements MailModel {}

  /**
   * correction-needed: what to fix in a submission that has no request (nor key) yet; the
   * template leaves the key out when it is absent.
   */
  record CorrectionNeeded(String title, List<String> messages, String link)
      implements MailModel {}

  /** request-decided: the board's or PMO's decision, by name, and the project if one began. */
  record Decided(String requestKey, String title, String decision, String reason,
      String projectKey, String link) implements MailModel {}

  /** review-task: a review task opened for a group, linking the task. */
  record ReviewTask(String requestKey, String title, String taskName, Integer score,
      String priorityClass, String due, String link) implements MailModel {}

  /** review-reminder: a review past its deadline. */
  record ReviewReminder(String requestKey, String title, String taskName, String openSince,
      String link) implements MailModel {}

  /** review-escalation: a review past its escalation deadline, to the PMO lead. */
  record ReviewEscalation(String requestKey, String title, String taskName, String openSince,
      String candidateGroup, String link) implements MailModel {}
}
