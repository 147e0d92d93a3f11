package org.pmoengine.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox sender every few seconds, but only where an SMTP host is configured. Without
 * one (the demo) mail stays in the outbox and can be read at {@code /api/notifications}.
 */
@Component
@ConditionalOnExpression(
    "'${spring.mail.host:}' != '' and ${pmo.notification.sender-enabled:true}")
class OutboxSchedule {

  private final OutboxSender sender;

  OutboxSchedule(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(initialDelayString = "${pmo.notification.send-interval:PT5S}",
      fixedDelayString = "${pmo.notification.send-interval:PT5S}")
  void sendDue() {
    sender.sendDue();
  }
}
