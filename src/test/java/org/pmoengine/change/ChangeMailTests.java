package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pmoengine.notification.MailTemplates;
import org.pmoengine.notification.RenderedMail;

/** The change-* mail templates, in both parts, for an applied and a rejected change. */
class ChangeMailTests {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void anAppliedChangeNamesTheNewPlanAndBaselineVersions() {
    ChangeMail.Decided model = decided("APPLIED", "carl", "Testing was forgotten.", 3, 4);

    RenderedMail mail = templates.render("change-decided", model);

    assertThat(mail.subject()).isEqualTo("Change CHG-2026-0001 of PRJ-2026-0001: APPLIED");
    assertThat(mail.text()).contains("is APPLIED (carl)", "Reason: Testing was forgotten.",
        "The plan is now version 3, re-baselined as version 4.", "2027-01-25 -> 2027-01-27")
        .doesNotContain("[(", "${");
    assertThat(mail.html()).contains("re-baselined as version", "<a href=\"http://x/changes\"");
  }

  @Test
  void aRejectedChangeHasNoPlanVersionAndUserTextIsEscaped() {
    ChangeMail.Decided model = decided("REJECTED", "alice", "<b>No</b>", null, null);

    RenderedMail mail = templates.render("change-decided", model);

    assertThat(mail.text()).contains("is REJECTED (alice)", "Reason: <b>No</b>")
        .doesNotContain("plan is now version");
    assertThat(mail.html()).contains("&lt;b&gt;No&lt;/b&gt;").doesNotContain("plan is now");
  }

  @Test
  void theApproverIsToldTheClassAndTheImpact() {
    RenderedMail mail = templates.render("change-approval-due", approvalDue());

    assertThat(mail.subject())
        .isEqualTo("Change CHG-2026-0001 to approve: PRJ-2026-0001 New CRM");
    assertThat(mail.text()).contains("bob asks for change CHG-2026-0001", "classify it MAJOR",
        "2027-01-25 -> 2027-01-27 (2 working days), cost change 11111.11", "http://x/changes");
  }

  private static ChangeMail.ApprovalDue approvalDue() {
    return new ChangeMail.ApprovalDue("CHG-2026-0001", "PRJ-2026-0001", "New CRM", "bob",
        "We need a test phase.", "MAJOR", "Change CHG-2026-0001: MAJOR, approved by change board.",
        LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 27), 2, new BigDecimal("11111.11"),
        "http://x/changes");
  }

  private static ChangeMail.Decided decided(String status, String decidedBy, String reason,
      Integer planVersion, Integer baselineVersion) {
    return new ChangeMail.Decided("CHG-2026-0001", "PRJ-2026-0001", "New CRM", "bob", "MAJOR",
        LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 27), new BigDecimal("11111.11"),
        status, decidedBy, reason, planVersion, baselineVersion, "http://x/changes");
  }
}
