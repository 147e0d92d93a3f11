package org.pmoengine.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.Notifications;
import org.pmoengine.web.FieldProblem;
import org.springframework.stereotype.Component;

/** The mails of the intake process: who gets which template with which values. */
@Component
class IntakeMail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final Notifications notifications;
  private final PmoProperties pmo;

  IntakeMail(Notifications notifications, PmoProperties pmo) {
    this.notifications = notifications;
    this.pmo = pmo;
  }

  void submitted(ProjectRequest request, IntakeScore score) {
    Map<String, Object> model = base(request, pmo.tasklistUrl());
    model.put("score", score.score());
    model.put("priorityClass", score.priorityClass());
    model.put("route", score.route().name());
    model.put("explanation", score.explanation());
    notifications.toUsers(request.getKey() + ":submitted:" + score.decisionId(),
        "request-submitted", List.of(request.getSubmittedBy()), model);
  }

  void correctionNeeded(String eventId, String submittedBy, String title,
      List<FieldProblem> problems) {
    Map<String, Object> model = new HashMap<>();
    model.put("requestKey", null);
    model.put("title", title == null || title.isBlank() ? "(untitled request)" : title);
    model.put("messages", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    model.put("link", pmo.tasklistUrl());
    notifications.toUsers(eventId + ":correction", "correction-needed", List.of(submittedBy),
        model);
  }

  void decided(ProjectRequest request, String decision, String eventId) {
    Map<String, Object> model = base(request, pmo.tasklistUrl());
    model.put("decision", decision);
    model.put("reason", request.getDecisionReason());
    model.put("projectKey", request.getProjectKey());
    notifications.toUsers(request.getKey() + ":decided:" + eventId, "request-decided",
        List.of(request.getSubmittedBy()), model);
  }

  void reviewOpened(ProjectRequest request, ReviewStage stage, String taskId) {
    Map<String, Object> model = base(request, pmo.taskUrl(taskId));
    model.put("taskName", stage.taskName());
    model.put("score", request.getScore());
    model.put("priorityClass", request.getPriorityClass());
    notifications.toGroup(request.getKey() + ":review:" + taskId, "review-task", stage.group(),
        model);
  }

  void reviewOverdue(ProjectRequest request, ReviewStage stage, String taskId, Instant openSince,
      String assignee) {
    Map<String, Object> model = base(request, pmo.taskUrl(taskId));
    model.put("taskName", stage.taskName());
    model.put("openSince", WHEN.format(openSince));
    String dedupKey = request.getKey() + ":reminder:" + taskId;
    if (assignee != null) {
      notifications.toUsers(dedupKey, "review-reminder", List.of(assignee), model);
    } else {
      notifications.toGroup(dedupKey, "review-reminder", stage.group(), model);
    }
  }

  void reviewEscalated(ProjectRequest request, ReviewStage stage, String taskId,
      Instant openSince) {
    Map<String, Object> model = base(request, pmo.taskUrl(taskId));
    model.put("taskName", stage.taskName());
    model.put("openSince", WHEN.format(openSince));
    model.put("candidateGroup", stage.group());
    String dedupKey = request.getKey() + ":escalation:" + taskId;
    if (pmo.hasPmoLead()) {
      notifications.toUsers(dedupKey, "review-escalation", List.of(pmo.pmoLead()), model);
    } else {
      notifications.toGroup(dedupKey, "review-escalation", "pmo", model);
    }
  }

  private Map<String, Object> base(ProjectRequest request, String link) {
    Map<String, Object> model = new HashMap<>();
    model.put("requestKey", request.getKey());
    model.put("title", request.getTitle());
    model.put("link", link);
    return model;
  }

}
