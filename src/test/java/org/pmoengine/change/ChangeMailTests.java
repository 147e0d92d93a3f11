package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmoengine.notification.MailTemplates;
import org.pmoengine.notification.RenderedMail;

/** The change-* mail templates, in both parts, for an applied and a rejected change. */
class ChangeMailTests {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void anAppliedChangeNamesTheNewPlanAndBaselineVersions() {
    Map<String, Object> model = model();
    model.put("status", "APPLIED");
    model.put("decidedBy", "carl");
    model.put("reason", "Testing was forgotten.");
    model.put("planVersion", 3);
    model.put("baselineVersion", 4);

    RenderedMail mail = templates.render("change-decided", model);

    assertThat(mail.subject()).isEqualTo("Change CHG-2026-0001 of PRJ-2026-0001: APPLIED");
    assertThat(mail.text()).contains("is APPLIED (carl)", "Reason: Testing was forgotten.",
        "The plan is now version 3, re-baselined as version 4.", "2027-01-25 -> 2027-01-27")
        .doesNotContain("[(", "${");
    assertThat(mail.html()).contains("re-baselined as version", "<a href=\"http://x/changes\"");
  }

  @Test
  void aRejectedChangeHasNoPlanVersionAndUserTextIsEscaped() {
    Map<String, Object> model = model();
    model.put("status", "REJECTED");
    model.put("decidedBy", "alice");
    model.put("reason", "<b>No</b>");
    model.put("planVersion", null);
    model.put("baselineVersion", null);

    RenderedMail mail = templates.render("change-decided", model);

    assertThat(mail.text()).contains("is REJECTED (alice)", "Reason: <b>No</b>")
        .doesNotContain("plan is now version");
    assertThat(mail.html()).contains("&lt;b&gt;No&lt;/b&gt;").doesNotContain("plan is now");
  }

  @Test
  void theApproverIsToldTheClassAndTheImpact() {
    RenderedMail mail = templates.render("change-approval-due", model());

    assertThat(mail.subject())
        .isEqualTo("Change CHG-2026-0001 to approve: PRJ-2026-0001 New CRM");
    assertThat(mail.text()).contains("bob asks for change CHG-2026-0001", "classify it MAJOR",
        "2027-01-25 -> 2027-01-27 (2 working days), cost change 11111.11", "http://x/changes");
  }

  private static Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("changeKey", "CHG-2026-0001");
    model.put("projectKey", "PRJ-2026-0001");
    model.put("projectName", "New CRM");
    model.put("requestedBy", "bob");
    model.put("justification", "We need a test phase.");
    model.put("changeClass", "MAJOR");
    model.put("classification", "Change CHG-2026-0001: MAJOR, approved by change board.");
    model.put("finishBefore", LocalDate.of(2027, 1, 25));
    model.put("finishAfter", LocalDate.of(2027, 1, 27));
    model.put("slipDays", 2);
    model.put("costChange", new BigDecimal("11111.11"));
    model.put("link", "http://x/changes");
    return model;
  }
}
