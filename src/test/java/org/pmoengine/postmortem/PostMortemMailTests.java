package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.Expense;
import org.pmoengine.notification.MailTemplates;
import org.pmoengine.notification.RenderedMail;

/** The post-mortem's mail templates render their subject, text and link. */
class PostMortemMailTests {

  final MailTemplates templates = new MailTemplates();

  @Test
  void lessonDueNamesTheProjectAndLinksTheTask() {
    RenderedMail mail = templates.render(PostMortemMail.LESSON_DUE, Map.of("projectKey",
        "PRJ-2026-0001", "projectName", "Expense tool", "link", "http://tasklist/#/?task=t1"));

    assertThat(mail.subject()).isEqualTo("Post-mortem of PRJ-2026-0001: your lessons learned");
    assertThat(mail.text()).contains("\"Expense tool\" has ended", "http://tasklist/#/?task=t1");
    assertThat(mail.html()).contains("href=\"http://tasklist/#/?task=t1\"");
  }

  @Test
  void reminderAndPublishedRenderWithoutGaps() {
    RenderedMail reminder = templates.render(PostMortemMail.REMINDER, Map.of("projectKey",
        "PRJ-2026-0001", "projectName", "Expense tool", "link", "http://tasklist"));
    RenderedMail published = templates.render(PostMortemMail.PUBLISHED, Map.of("projectKey",
        "PRJ-2026-0001", "projectName", "Expense tool", "lessons", 3,
        "link", "http://localhost:8080/api/projects/PRJ-2026-0001/post-mortem"));

    assertThat(reminder.subject()).isEqualTo("Reminder: lessons learned of PRJ-2026-0001");
    assertThat(published.subject()).isEqualTo("Post-mortem of PRJ-2026-0001 published");
    assertThat(published.text()).contains("with 3 lesson(s) in the lessons library",
        "/api/projects/PRJ-2026-0001/post-mortem");
    assertThat(reminder.text() + published.text() + published.html()).doesNotContain("null");
  }
}
