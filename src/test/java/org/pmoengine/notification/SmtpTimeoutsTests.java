package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP timeouts of application.yml: set by default, overridable, and they do cut a send. */
class SmtpTimeoutsTests {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withPropertyValues("spring.mail.host=127.0.0.1");

  @Test
  void eachTimeoutCanBeOverridden() {
    context.withPropertyValues("PMO_SMTP_CONNECT_TIMEOUT=2000",
            "spring.mail.properties.mail.smtp.timeout=5000")
        .run(app -> {
          Properties session = sessionOf(app.getBean(JavaMailSender.class));
          assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("2000");
          assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("5000");
          assertThat(session.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
        });
  }

  @Test
  void aServerThatNeverAnswersFailsTheSendOnceTheReadTimeoutIsOver() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      List<Socket> held = new CopyOnWriteArrayList<>();
      Thread acceptor = new Thread(() -> holdConnectionsOpen(silent, held));
      acceptor.setDaemon(true);
      acceptor.start();
      context.withPropertyValues("spring.mail.port=" + silent.getLocalPort(),
              "PMO_SMTP_READ_TIMEOUT=500")
          .run(app -> {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom("pmo@test.example");
            mail.setTo("bob@test.example");
            mail.setText("-");
            long started = System.nanoTime();

            assertThatThrownBy(() -> app.getBean(JavaMailSender.class).send(mail))
                .isInstanceOf(MailSendException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(500))
                .isLessThan(Duration.ofSeconds(10));
          });
      for (Socket connection : held) {
        connection.close();
      }
    }
  }

  /** Accepts connections and never sends the SMTP greeting. */
  private static void holdConnectionsOpen(ServerSocket server, List<Socket> held) {
    try {
      while (true) {
        held.add(server.accept());
      }
    } catch (IOException closed) {
      // the server socket is closed: the test is over
    }
  }

  private static Properties sessionOf(JavaMailSender sender) {
    return ((JavaMailSenderImpl) sender).getSession().getProperties();
  }
}
