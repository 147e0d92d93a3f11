package org.pmoengine.postmortem;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the post-mortem ({@code pmo.post-mortem.*}).
 *
 * @param lessonDays working days (Monday to Friday) the team has to submit its lessons; at the
 *     deadline the post-mortem goes on without those who did not answer
 * @param reminderDays working days after which those who have not answered yet are reminded;
 *     must come before the deadline
 */
@ConfigurationProperties("pmo.post-mortem")
public record PostMortemProperties(@DefaultValue("10") int lessonDays,
    @DefaultValue("7") int reminderDays) {

  public PostMortemProperties {
    if (lessonDays < 1) {
      throw new IllegalArgumentException("pmo.post-mortem.lesson-days must be at least 1");
    }
    if (reminderDays < 1 || reminderDays >= lessonDays) {
      throw new IllegalArgumentException(
          "pmo.post-mortem.reminder-days must be at least 1 and less than lesson-days");
    }
  }
}
