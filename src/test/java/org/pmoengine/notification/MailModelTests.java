package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A mail model record's components become the template's variables, by component name. */
class MailModelTests {

  private final MailTemplates templates = new MailTemplates();

  /** Shaped as the intake's review-task model; private, as the feature records are not public. */
  private record ReviewTask(String requestKey, String title, String taskName, Integer score,
      String priorityClass, String link) implements MailModel {}

  /** A model with one component null, which the template tests for. */
  private record Decided(String requestKey, String title, String decision, String reason,
      String projectKey, String link) implements MailModel {}

  @Test
  void eachComponentOfTheRecordReachesTheTemplateUnderItsName() {
    RenderedMail mail = templates.render("review-task", new ReviewTask("REQ-2026-0042",
        "Intranet", "Business case review", 61, "P2", "http://tasklist/#/?task=t42"));

    assertThat(mail.subject()).isEqualTo("Business case review: REQ-2026-0042 Intranet");
    assertThat(mail.text()).contains(
        "A new task is waiting for your group: Business case review.",
        "Request:        REQ-2026-0042 Intranet",
        "Score:          61 / 100",
        "Priority class: P2",
        "Open the task in Tasklist: http://tasklist/#/?task=t42");
    assertThat(mail.html()).contains("href=\"http://tasklist/#/?task=t42\"");
  }

  @Test
  void aNullComponentIsANullVariable() {
    RenderedMail mail = templates.render("request-decided", new Decided("REQ-2026-0043",
        "Wiki", "REJECTED", "Out of budget.", null, "http://x"));

    assertThat(mail.subject()).isEqualTo("REQ-2026-0043 rejected: Wiki");
    assertThat(mail.text()).contains("has been rejected.", "Reason: Out of budget.")
        .doesNotContain("has been created", "null");
  }

  @Test
  void aModelThatIsNotARecordIsRefused() {
    MailModel notARecord = new MailModel() {};

    assertThatThrownBy(() -> templates.render("review-task", notARecord))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("A mail model must be a record");
  }
}
