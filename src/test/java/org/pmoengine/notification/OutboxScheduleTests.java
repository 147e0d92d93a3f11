package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class OutboxScheduleTests {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(OutboxSender.class, () -> mock(OutboxSender.class))
      .withUserConfiguration(OutboxSchedule.class);

  @Test
  void withoutAnSmtpHostMailStaysInTheOutbox() {
    context.run(app -> assertThat(app).doesNotHaveBean(OutboxSchedule.class));
  }

  @Test
  void withAnSmtpHostTheSenderRuns() {
    context.withPropertyValues("spring.mail.host=smtp.example.org")
        .run(app -> assertThat(app).hasSingleBean(OutboxSchedule.class));
  }

  @Test
  void theSenderCanBeSwitchedOffEvenWithAnSmtpHost() {
    context.withPropertyValues("spring.mail.host=smtp.example.org",
            "pmo.notification.sender-enabled=false")
        .run(app -> assertThat(app).doesNotHaveBean(OutboxSchedule.class));
  }
}
