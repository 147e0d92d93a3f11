package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

@ExtendWith(OutputCaptureExtension.class)
class OutboxSenderTests extends SmtpOutboxTest {

  /** SHA-256 of "REQ-2026-0042:submitted", worked out with {@code sha256sum}. */
  static final String MESSAGE_ID_OF_REQ_42 =
      "<0acd1e60f8313a72914250e20a1aeb187dc2e1a2478a7604c2fcf27d35a1da81@test.example>";

  @Autowired OutboxSender sender;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectProvider<JavaMailSender> mailSender;
  @Autowired NotificationProperties properties;
  @Autowired PmoProperties pmoProperties;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void emptyOutbox() {
    outbox.deleteAll();
    TestUsers.ensure(identityService, "os-alice", PmoGroups.REQUESTER);
  }

  @Test
  void deliversDueMailAsTextAndHtmlAlternativesAndMarksItSent() throws Exception {
    queue("REQ-2026-0001:submitted");

    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo("REQ-2026-0001 received: <New> CRM");
    assertThat(message.getFrom()[0]).hasToString("pmo@test.example");
    assertThat(message.getAllRecipients()[0]).hasToString("os-alice@test.example");
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat((String) parts.getBodyPart(0).getContent()).contains("\"<New> CRM\"", "64 / 100");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat((String) parts.getBodyPart(1).getContent()).contains("&lt;New&gt; CRM");

    OutboxMail sent = outbox.findAll().get(0);
    assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.getSentAt()).isEqualTo(clock.instant());
    assertThat(sent.getAttempts()).isEqualTo(1);

    clock.advance(Duration.ofHours(1));
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void keepsMailWhileSmtpIsDownAndDeliversItExactlyOnceWhenItIsBack() {
    queue("REQ-2026-0002:submitted");
    greenMail.stop();

    assertThat(sender.sendDue()).isZero();
    OutboxMail afterFirstFailure = onlyRow();
    assertThat(afterFirstFailure.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(afterFirstFailure.getAttempts()).isEqualTo(1);
    assertThat(afterFirstFailure.getLastError()).isNotBlank();
    assertThat(afterFirstFailure.getNextAttemptAt())
        .isEqualTo(clock.instant().plus(Duration.ofSeconds(30)));

    assertThat(sender.sendDue()).as("not due again before the backoff").isZero();
    assertThat(onlyRow().getAttempts()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(30));
    assertThat(sender.sendDue()).isZero();
    OutboxMail afterSecondFailure = onlyRow();
    assertThat(afterSecondFailure.getAttempts()).isEqualTo(2);
    assertThat(afterSecondFailure.getNextAttemptAt())
        .as("the backoff doubles").isEqualTo(clock.instant().plus(Duration.ofSeconds(60)));

    greenMail.start();
    assertThat(sender.sendDue()).as("still waiting out the backoff").isZero();
    clock.advance(Duration.ofSeconds(60));
    assertThat(sender.sendDue()).isEqualTo(1);
    clock.advance(Duration.ofHours(1));
    assertThat(sender.sendDue()).isZero();

    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    OutboxMail sent = onlyRow();
    assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(3);
    assertThat(sent.getLastError()).isNull();
  }

  @Test
  void marksMailFailedAfterTheLastAttemptAndKeepsTheErrorAttemptsAndTime() {
    queue("REQ-2026-0003:submitted");
    greenMail.stop();

    Instant lastAttempt = null;
    for (int attempt = 1; attempt <= 4; attempt++) {
      lastAttempt = clock.instant();
      sender.sendDue();
      clock.advance(Duration.ofMinutes(2));
    }

    OutboxMail failed = onlyRow();
    assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(4);
    assertThat(failed.getLastError()).startsWith("MailSendException: ");
    assertThat(failed.getLastAttemptAt()).isEqualTo(lastAttempt)
        .isEqualTo(start.plus(Duration.ofMinutes(6)));

    greenMail.start();
    clock.advance(Duration.ofHours(1));
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(onlyRow().getStatus()).as("still there for the PMO").isEqualTo(OutboxStatus.FAILED);
  }

  @Test
  void twoSendersRacingOverTheSameDueMailDeliverEachMailExactlyOnce() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      keys.add(String.format("REQ-2026-01%02d:submitted", i));
      queue(keys.get(i));
    }
    OutboxSender otherNode = anotherSender();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    int delivered = 0;
    try {
      List<Callable<Integer>> runs = List.of(sender::sendDue, otherNode::sendDue);
      for (Future<Integer> run : pool.invokeAll(runs)) {
        delivered += run.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(delivered).isEqualTo(30);
    assertThat(received("X-PMO-Dedup-Key")).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(outbox.findAll()).hasSize(30)
        .allMatch(m -> m.getStatus() == OutboxStatus.SENT)
        .allMatch(m -> m.getAttempts() == 1);
  }

  @Test
  void theRetryTimeOfAClaimIsMeasuredFromTheClaimNotFromTheStartOfTheBatch() {
    queue("REQ-2026-0010:submitted");
    queue("REQ-2026-0011:submitted");
    AtomicReference<OutboxMail> secondWhileSending = new AtomicReference<>();
    whileDelivering(message -> {
      if (dedupKeyOf(message).equals("REQ-2026-0010:submitted")) {
        clock.advance(Duration.ofMinutes(10));
      } else {
        secondWhileSending.set(rowOf("REQ-2026-0011:submitted"));
      }
    });

    assertThat(sender.sendDue()).isEqualTo(2);

    OutboxMail claimed = secondWhileSending.get();
    assertThat(claimed.getAttempts()).isEqualTo(1);
    assertThat(claimed.getLastAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(10)));
    assertThat(claimed.getNextAttemptAt())
        .as("claimed ten minutes into the batch, held for the 30 s backoff from then")
        .isEqualTo(start.plus(Duration.ofMinutes(10).plusSeconds(30)));
  }

  @Test
  void aSecondSenderDoesNotSendAgainAMailClaimedLateInALongBatch() throws Exception {
    queue("REQ-2026-0020:submitted");
    queue("REQ-2026-0021:submitted");
    OutboxSender otherNode = anotherSender();
    ExecutorService otherNodeThread = Executors.newSingleThreadExecutor();
    AtomicReference<Future<Integer>> otherNodeRun = new AtomicReference<>();
    whileDelivering(message -> {
      String key = dedupKeyOf(message);
      if (key.equals("REQ-2026-0020:submitted")) {
        clock.advance(Duration.ofMinutes(10));
      } else if (key.equals("REQ-2026-0021:submitted") && otherNodeRun.get() == null) {
        // the other node's turn comes while the second mail is on the wire
        otherNodeRun.set(otherNodeThread.submit(otherNode::sendDue));
        awaitQuietly(otherNodeRun.get());
      }
    });

    try {
      assertThat(sender.sendDue()).isEqualTo(2);
      assertThat(otherNodeRun.get().get(60, TimeUnit.SECONDS)).isZero();
    } finally {
      otherNodeThread.shutdown();
    }
    assertThat(received("X-PMO-Dedup-Key"))
        .containsExactly("REQ-2026-0020:submitted", "REQ-2026-0021:submitted");
  }

  /**
   * Waits a little for the other node; if it is sending too, the SMTP server holds its delivery
   * until this one is done, and the duplicate shows once both have arrived.
   */
  private static void awaitQuietly(Future<Integer> run) {
    try {
      run.get(2, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException stillSendingOrFailed) {
      // judged after the batch
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void eachMailCarriesAMessageIdMadeFromItsDedupKeyAtTheSendersDomain() {
    queue("REQ-2026-0042:submitted");

    sender.sendDue();

    assertThat(received("Message-ID")).containsExactly(MESSAGE_ID_OF_REQ_42);
  }

  @Test
  void aMailSentButNotMarkedSentIsLoggedAndGoesAgainWithTheSameMessageId(CapturedOutput log) {
    queue("REQ-2026-0042:submitted");
    long id = onlyRow().getId();
    // the database refuses the update that would mark the row SENT, once
    AtomicInteger deliveries = new AtomicInteger();
    whileDelivering(message -> {
      if (deliveries.incrementAndGet() == 1) {
        jdbc.execute("alter table notification_outbox rename to notification_outbox_away");
      }
    });
    try {
      assertThat(sender.sendDue()).isEqualTo(1);
    } finally {
      jdbc.execute("alter table notification_outbox_away rename to notification_outbox");
    }

    assertThat(log.getOut()).contains("ERROR", "Mail REQ-2026-0042:submitted (outbox id " + id
        + ") was sent to os-alice@test.example but could not be marked SENT");
    OutboxMail unmarked = onlyRow();
    assertThat(unmarked.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(unmarked.getNextAttemptAt()).isEqualTo(start.plus(Duration.ofSeconds(30)));

    clock.advance(Duration.ofSeconds(30));
    assertThat(sender.sendDue()).isEqualTo(1);

    assertThat(received("Message-ID")).as("the recipient's client sees one message")
        .containsExactly(MESSAGE_ID_OF_REQ_42, MESSAGE_ID_OF_REQ_42);
    assertThat(onlyRow().getStatus()).isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void aMailSentWhileItsRowChangedIsLoggedWithItsIdAndKey(CapturedOutput log) {
    queue("REQ-2026-0043:submitted");
    long id = onlyRow().getId();
    whileDelivering(message -> jdbc.update(
        "update notification_outbox set version = version + 1 where id = ?", id));

    assertThat(sender.sendDue()).isEqualTo(1);

    assertThat(log.getOut()).contains("ERROR", "Mail REQ-2026-0043:submitted (outbox id " + id
        + ") was sent to os-alice@test.example but could not be marked SENT: the row changed");
    assertThat(onlyRow().getStatus()).isEqualTo(OutboxStatus.PENDING);
  }

  @Test
  void theSendersSmtpSessionHasConnectionReadAndWriteTimeoutsByDefault() {
    JavaMailSenderImpl smtp = (JavaMailSenderImpl) mailSender.getObject();

    assertThat(smtp.getSession().getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
    assertThat(smtp.getSession().getProperty("mail.smtp.timeout")).isEqualTo("30000");
    assertThat(smtp.getSession().getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
  }

  private void queue(String dedupKey) {
    queue(dedupKey, "os-alice");
  }

  private OutboxSender anotherSender() {
    return new OutboxSender(outbox, mailSender, properties, pmoProperties, clock,
        transactionManager);
  }

  private OutboxMail rowOf(String dedupKey) {
    return outbox.findAll().stream().filter(m -> m.getDedupKey().equals(dedupKey)).findFirst()
        .orElseThrow();
  }

  private OutboxMail onlyRow() {
    List<OutboxMail> rows = new ArrayList<>(outbox.findAll());
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
