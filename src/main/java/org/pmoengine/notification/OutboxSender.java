package org.pmoengine.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.pmoengine.config.PmoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox mail over SMTP. Each row is first claimed in its own short transaction (an
 * update conditional on the row's version that also counts the attempt and pushes the next one
 * out, measured from the clock at that moment), then sent outside any transaction, then marked
 * SENT, or PENDING with exponential backoff, or FAILED after the last attempt, where it waits for
 * the PMO. A row claimed by one sender is skipped by every other until its next attempt time, so
 * several instances can run this at once. The SMTP timeouts ({@code spring.mail.properties}) bound
 * how long one attempt can hold a row.
 */
@Service
public class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxMailRepository outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationProperties properties;
  private final String mailFrom;
  private final MessageIds messageIds;
  private final Clock clock;
  private final TransactionTemplate transaction;

  public OutboxSender(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender,
      NotificationProperties properties, PmoProperties pmoProperties, Clock clock,
      PlatformTransactionManager transactionManager) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.mailFrom = pmoProperties.mailFrom();
    this.messageIds = new MessageIds(mailFrom);
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Sends the mail that is due now, one batch at most.
   *
   * @return how many mails were delivered
   */
  public int sendDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    Instant batchStart = clock.instant();
    List<OutboxMail> due = transaction.execute(
        status -> outbox.findDue(batchStart, PageRequest.of(0, properties.batchSize())));
    int delivered = 0;
    for (OutboxMail mail : due) {
      if (claim(mail)) {
        delivered += deliver(sender, mail, mail.getVersion() + 1, mail.getAttempts() + 1);
      }
    }
    return delivered;
  }

  /**
   * The time is read here, not at the start of the batch: the sends before this one may have
   * taken minutes, and a next attempt time already in the past would let another sender claim
   * the row while this one is still sending it.
   */
  private boolean claim(OutboxMail mail) {
    Integer claimed = transaction.execute(status -> {
      Instant now = clock.instant();
      Instant retryAt = now.plus(properties.backoffAfter(mail.getAttempts() + 1));
      return outbox.claim(mail.getId(), mail.getVersion(), now, retryAt);
    });
    return claimed != null && claimed == 1;
  }

  private int deliver(JavaMailSender sender, OutboxMail mail, long version, int attempt) {
    try {
      sender.send(message(sender, mail));
    } catch (MessagingException | RuntimeException e) {
      failed(mail, version, attempt, e);
      return 0;
    }
    log.info("Mail {} ({}) sent to {}", mail.getDedupKey(), mail.getTemplate(),
        mail.getRecipient());
    markSent(mail, version);
    return 1;
  }

  /**
   * The mail is out; if the row can't say so, it will go out again after its backoff (with the
   * same Message-ID), and the log tells which one.
   */
  private void markSent(OutboxMail mail, long version) {
    Integer marked;
    try {
      marked = transaction.execute(
          status -> outbox.markSent(mail.getId(), version, clock.instant()));
    } catch (RuntimeException e) {
      log.error("Mail {} (outbox id {}) was sent to {} but could not be marked SENT; it may be"
          + " sent again", mail.getDedupKey(), mail.getId(), mail.getRecipient(), e);
      return;
    }
    if (marked == null || marked != 1) {
      log.error("Mail {} (outbox id {}) was sent to {} but could not be marked SENT: the row"
          + " changed meanwhile", mail.getDedupKey(), mail.getId(), mail.getRecipient());
    }
  }

  private void failed(OutboxMail mail, long version, int attempt, Exception e) {
    boolean givingUp = attempt >= properties.maxAttempts();
    OutboxStatus status = givingUp ? OutboxStatus.FAILED : OutboxStatus.PENDING;
    Instant retryAt = clock.instant().plus(properties.backoffAfter(attempt));
    String error = abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage());
    transaction.executeWithoutResult(
        s -> outbox.markAttemptFailed(mail.getId(), version, status, error, retryAt));
    if (givingUp) {
      log.error("Mail {} (outbox id {}) to {} FAILED after {} attempts, undelivered until the PMO"
          + " sends it again: {}", mail.getDedupKey(), mail.getId(), mail.getRecipient(), attempt,
          error);
    } else {
      log.warn("Mail {} to {} not sent (attempt {} of {}), next try at {}: {}",
          mail.getDedupKey(), mail.getRecipient(), attempt, properties.maxAttempts(), retryAt,
          error);
    }
  }

  private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    message.setFrom(new InternetAddress(mailFrom));
    message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
    message.setSubject(mail.getSubject(), "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.getTextBody(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.getHtmlBody(), "UTF-8", "html");
    // alternatives go from plainest to richest; the client shows the last one it can
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("X-PMO-Dedup-Key", mail.getDedupKey());
    // kept by JavaMailSenderImpl.send, which would otherwise make a new one on every attempt
    message.setHeader("Message-ID", messageIds.of(mail.getDedupKey()));
    return message;
  }

  private static String abbreviate(String error) {
    return error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
  }
}
