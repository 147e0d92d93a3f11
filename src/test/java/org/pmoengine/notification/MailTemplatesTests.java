package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmoengine.intake.Decision;

class MailTemplatesTests {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void submittedMailCarriesScoreExplanationAndLinkInBothParts() {
    RenderedMail mail = templates.render("request-submitted", Map.of(
        "requestKey", "REQ-2026-0007", "title", "New CRM", "score", 72, "priorityClass", "P2",
        "route", "PMO_ONLY", "explanation", "Strategic alignment 4/5 adds 16 points.",
        "link", "http://localhost:8080/api/requests/REQ-2026-0007"));

    assertThat(mail.subject()).isEqualTo("REQ-2026-0007 received: New CRM");
    assertThat(mail.text())
        .contains("REQ-2026-0007 \"New CRM\"", "72 / 100", "P2", "PMO_ONLY",
            "Strategic alignment 4/5 adds 16 points.",
            "http://localhost:8080/api/requests/REQ-2026-0007")
        .doesNotContain("[(", "${", "<");
    assertThat(mail.html())
        .contains("72 / 100", "href=\"http://localhost:8080/api/requests/REQ-2026-0007\"");
  }

  @Test
  void userTextIsEscapedInHtmlButReadsPlainInTextAndSubject() {
    RenderedMail mail = templates.render("request-submitted", Map.of(
        "requestKey", "REQ-2026-0008", "title", "<b>Tom & Jerry</b>", "score", 10,
        "priorityClass", "P4", "route", "PMO_ONLY", "explanation", "<script>x()</script>",
        "link", "http://x"));

    assertThat(mail.subject()).isEqualTo("REQ-2026-0008 received: <b>Tom & Jerry</b>");
    assertThat(mail.html())
        .contains("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;", "&lt;script&gt;x()&lt;/script&gt;")
        .doesNotContain("<script>", "<b>Tom");
    assertThat(mail.text()).contains("\"<b>Tom & Jerry</b>\"", "<script>x()</script>");
  }

  @Test
  void correctionMailListsEveryMessageEvenBeforeTheRequestHasAKey() {
    Map<String, Object> model = new HashMap<>();
    model.put("requestKey", null);
    model.put("title", "Data lake");
    model.put("messages", List.of("End date must be after the start date.",
        "Budget must be 0 or more."));
    model.put("link", "http://tasklist");

    RenderedMail mail = templates.render("correction-needed", model);

    assertThat(mail.subject()).isEqualTo("Your request needs correction: Data lake");
    assertThat(mail.text()).contains("- End date must be after the start date.",
        "- Budget must be 0 or more.", "http://tasklist").doesNotContain("null");
    assertThat(mail.html()).contains("<li>Budget must be 0 or more.</li>");
  }

  @Test
  void decisionMailNamesTheOutcomeTheProjectAndTheReason() {
    Map<String, Object> model = new HashMap<>();
    model.put("requestKey", "REQ-2026-0009");
    model.put("title", "ERP upgrade");
    model.put("decision", "APPROVED");
    model.put("reason", "Fits the roadmap.");
    model.put("projectKey", "PRJ-2026-0003");
    model.put("link", "http://x");

    RenderedMail approved = templates.render("request-decided", model);
    model.put("decision", Decision.MORE_INFORMATION);
    model.put("projectKey", null);
    RenderedMail moreInformation = templates.render("request-decided", model);

    assertThat(approved.subject()).isEqualTo("REQ-2026-0009 approved: ERP upgrade");
    assertThat(approved.text()).contains("has been approved.", "PRJ-2026-0003",
        "Reason: Fits the roadmap.");
    assertThat(moreInformation.subject())
        .isEqualTo("REQ-2026-0009 returned for more information: ERP upgrade");
    assertThat(moreInformation.text()).contains("submit the request again")
        .doesNotContain("PRJ-", "null");
  }

  @Test
  void reviewMailsLinkToTheTaskAndNameTheDeadlineFacts() {
    Map<String, Object> model = new HashMap<>(Map.of("requestKey", "REQ-2026-0010",
        "title", "Portal", "taskName", "PMO triage", "score", 55, "priorityClass", "P3",
        "openSince", "2026-03-02 09:15", "candidateGroup", "pmo",
        "link", "http://localhost:8080/camunda/app/tasklist/default/#/?task=abc"));

    RenderedMail task = templates.render("review-task", model);
    RenderedMail reminder = templates.render("review-reminder", model);
    RenderedMail escalation = templates.render("review-escalation", model);

    assertThat(task.subject()).isEqualTo("PMO triage: REQ-2026-0010 Portal");
    assertThat(task.text()).contains("55 / 100", "P3", "task=abc");
    assertThat(task.html()).contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=abc\"");
    assertThat(reminder.subject()).isEqualTo("Reminder: PMO triage for REQ-2026-0010 Portal");
    assertThat(reminder.text()).contains("open since 2026-03-02 09:15", "task=abc");
    assertThat(escalation.subject()).isEqualTo("Escalation: PMO triage for REQ-2026-0010 Portal");
    assertThat(escalation.text()).contains("waiting for the group pmo", "task=abc");
  }

  enum Decision { MORE_INFORMATION }
}
