package org.pmoengine.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with a real SMTP server (GreenMail) and a clock the test moves. Test classes
 * extending this share one application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SmtpOutboxTest.ClockAtHand.class)
abstract class SmtpOutboxTest {

  static final ServerSetup SMTP = TestSmtp.onFreePort();
  static final int SMTP_PORT = SMTP.getPort();

  @RegisterExtension
  static final GreenMailExtension greenMail = new GreenMailExtension(SMTP);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
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

  @Autowired Notifications notifications;
  @Autowired OutboxMailRepository outbox;
  @Autowired MutableClock clock;

  /** The clock at the start of the test; tests before this one have moved it on. */
  Instant start;

  @BeforeEach
  void noteTheStart() {
    start = clock.instant();
  }

  /** Queues a request-submitted mail to the user under the given dedup key. */
  void queue(String dedupKey, String userId) {
    notifications.toUsers(dedupKey, "request-submitted", List.of(userId),
        Map.of("requestKey", dedupKey.substring(0, 13), "title", "<New> CRM", "score", 64,
            "priorityClass", "P2", "route", "PMO_ONLY",
            "explanation", "Business value 5/5 adds 20 points.", "link", "http://localhost"));
  }

  /**
   * Runs {@code duringDelivery} inside the SMTP server while it takes each message, before it
   * answers the sender: as if that send took long, or something else happened meanwhile.
   */
  static void whileDelivering(Consumer<MimeMessage> duringDelivery) {
    MessageDeliveryHandler store = greenMail.getUserManager().getMessageDeliveryHandler();
    greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
      duringDelivery.accept(message.getMessage());
      return store.handle(message, address);
    });
  }

  static String dedupKeyOf(MimeMessage message) {
    return header(message, "X-PMO-Dedup-Key");
  }

  static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : String.join(",", values);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> received(String headerName) {
    List<String> values = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      values.add(header(message, headerName));
    }
    return values;
  }
}
