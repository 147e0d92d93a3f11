package org.pmoengine.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox delivery settings ({@code pmo.notification.*}). The sender runs only when an SMTP host
 * ({@code spring.mail.host}) is configured and {@code senderEnabled} is true.
 *
 * @param senderEnabled whether the scheduled sender runs (tests turn it off and call it)
 * @param sendInterval pause between two runs of the scheduled sender
 * @param batchSize how many due mails one run claims at most
 * @param maxAttempts delivery attempts before a mail is marked FAILED
 * @param backoffBase wait after the first failed attempt; it doubles with every further failure
 * @param backoffMax the longest wait between two attempts
 */
@ConfigurationProperties("pmo.notification")
public record NotificationProperties(
    @DefaultValue("true") boolean senderEnabled,
    @DefaultValue("PT5S") Duration sendInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("PT30S") Duration backoffBase,
    @DefaultValue("PT1H") Duration backoffMax) {

  /** The wait before the next attempt after {@code failedAttempts} failures (1, 2, ...). */
  public Duration backoffAfter(int failedAttempts) {
    int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
    Duration wait = backoffBase.multipliedBy(1L << doublings);
    return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
  }
}
