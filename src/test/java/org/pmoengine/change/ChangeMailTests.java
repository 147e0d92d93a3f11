package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pmoengine.notification.MailTemplates;
import org.pmoengine.notification.RenderedMail;

/** The change-* mail templates, in both parts, for an applied and a rejected change. */
class ChangeMailTests {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void anAppliedChangeNamesTheNewPlanAndBaselineVersions() {
    ChangeMail.Decided model = decided("Applied", "carl", "Testing was forgotten.", 3, 4);

    RenderedMail mail = templates.render("change-decided", model);

    assertThat(mail.subject()).isEqualTo("Change CHG-2026-0001 of PRJ-2026-0001: Applied");
    assertThat(mail.text()).contains("is applied (carl)", "Reason: Testing was forgotten.",
        "The plan is now version 3, re-baselined as version 4.", "25 Jan 2027 -> 27 Jan 2027")
        .doesNotContain("[(", "${");
    assertThat(mail.html()).contains("re-baselined as version", "<a href=\"http://x/changes\"");
  }

  @Test
  void aRejectedChangeHasNoPlanVersionAndUserTextIsEscaped() {
    ChangeMail.Decided model = decided("Rejected", "alice", "<b>No</b>", null, null);

    RenderedMail mail = templates.render("change-decided", model);

    assertThat(mail.text()).contains("is rejected (alice)", "Reason: <b>No</b>")
        .doesNotContain("plan is now version");
    assertThat(mail.html()).contains("&lt;b&gt;No&lt;/b&gt;").doesNotContain("plan is now");
  }

  @Test
  void theApproverIsToldTheClassAndTheImpact() {
    RenderedMail mail = templates.render("change-approval-due", approvalDue());

    assertThat(mail.subject())
        .isEqualTo("Change CHG-2026-0001 to approve: PRJ-2026-0001 New CRM");
    assertThat(mail.text()).contains("bob asks for change CHG-2026-0001", "classify it Major",
        "25 Jan 2027 -> 27 Jan 2027 (2 working days), cost change 11,111 EUR", "http://x/changes");
  }

  private static ChangeMail.ApprovalDue approvalDue() {
    return new ChangeMail.ApprovalDue("CHG-2026-0001", "PRJ-2026-0001", "New CRM", "bob",
        "We need a test phase.", "Major", "Change CHG-2026-0001: MAJOR, approved by change board.",
        "25 Jan 2027", "27 Jan 2027", 2, "11,111 EUR",
        "http://x/changes");
  }

  private static ChangeMail.Decided decided(String status, String decidedBy, String reason,
      Integer planVersion, Integer baselineVersion) {
    return new ChangeMail.Decided("CHG-2026-0001", "PRJ-2026-0001", "New CRM", "bob", "Major",
        "25 Jan 2027", "27 Jan 2027", "11,111 EUR",
        status, decidedBy, reason, planVersion, baselineVersion, "http://x/changes");
  }
}
