package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class OutboxSenderTests {

  static final ServerSetup SMTP = TestSmtp.onFreePort();
  static final int SMTP_PORT = SMTP.getPort();

  @RegisterExtension
  static final GreenMailExtension greenMail = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> 5000);
    registry.add("pmo.mail-from", () -> "pmo@test.example");
    registry.add("pmo.notification.max-attempts", () -> 4);
    registry.add("pmo.notification.backoff-base", () -> "PT30S");
    registry.add("pmo.notification.backoff-max", () -> "PT2M");
  }

  @TestConfiguration
  static class ClockAtHand {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    }
  }

  @Autowired OutboxSender sender;
  @Autowired Notifications notifications;
  @Autowired OutboxMailRepository outbox;
  @Autowired IdentityService identityService;
  @Autowired MutableClock clock;

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
  void marksMailFailedAfterTheLastAttempt() {
    queue("REQ-2026-0003:submitted");
    greenMail.stop();

    for (int attempt = 1; attempt <= 4; attempt++) {
      sender.sendDue();
      clock.advance(Duration.ofMinutes(2));
    }

    OutboxMail failed = onlyRow();
    assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(4);
    assertThat(failed.getLastError()).isNotBlank();

    greenMail.start();
    clock.advance(Duration.ofHours(1));
    assertThat(sender.sendDue()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void twoSendersRunningAtOnceDeliverEachMailOnce() throws Exception {
    for (int i = 0; i < 20; i++) {
      queue("REQ-2026-01" + String.format("%02d", i) + ":submitted");
    }

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> runs = List.of(sender::sendDue, sender::sendDue);
      int delivered = 0;
      for (Future<Integer> run : pool.invokeAll(runs)) {
        delivered += run.get();
      }
      assertThat(delivered).isEqualTo(20);
    } finally {
      pool.shutdown();
    }

    assertThat(greenMail.getReceivedMessages()).hasSize(20);
    assertThat(outbox.findAll()).allMatch(m -> m.getStatus() == OutboxStatus.SENT)
        .allMatch(m -> m.getAttempts() == 1);
  }

  private void queue(String dedupKey) {
    notifications.toUsers(dedupKey + ":" + UUID.randomUUID(), "request-submitted",
        List.of("os-alice"), Map.of("requestKey", dedupKey.substring(0, 13), "title", "<New> CRM",
            "score", 64, "priorityClass", "P2", "route", "PMO_ONLY",
            "explanation", "Business value 5/5 adds 20 points.", "link", "http://localhost"));
  }

  private OutboxMail onlyRow() {
    List<OutboxMail> rows = new ArrayList<>(outbox.findAll());
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
