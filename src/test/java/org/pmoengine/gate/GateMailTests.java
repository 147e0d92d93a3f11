package org.pmoengine.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pmoengine.notification.MailTemplates;
import org.pmoengine.notification.RenderedMail;

/** The gate mails render from their records: the decision beside the recommendation. */
class GateMailTests {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void theDecisionMailNamesDecisionRecommendationAndEscapedComments() {
    RenderedMail mail = templates.render("gate-decided", new GateMail.Decided("PRJ-2026-0005",
        "Data lake", "G2", "HOLD", "GO", null, "<i>Costs first</i>",
        "https://pmo.example/projects/PRJ-2026-0005"));

    assertThat(mail.subject()).isEqualTo("Gate G2 of PRJ-2026-0005: HOLD");
    assertThat(mail.text()).contains("The gate board decided HOLD at gate G2 of PRJ-2026-0005 "
        + "\"Data lake\" (the rules recommended GO).", "Comments: <i>Costs first</i>",
        "Open the project: https://pmo.example/projects/PRJ-2026-0005")
        .doesNotContain("Reason:");
    assertThat(mail.html()).contains("&lt;i&gt;Costs first&lt;/i&gt;");
  }
}
