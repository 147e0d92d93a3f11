package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Mail the sender gave up on, seen and sent again by the PMO, over a real SMTP server. */
class UndeliveredMailTests extends SmtpOutboxTest {

  @Autowired MockMvc mvc;
  @Autowired OutboxSender sender;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper objectMapper;

  @BeforeEach
  void users() {
    outbox.deleteAll();
    // the PMO user of NotificationControllerTests: each PMO member more gets every review mail
    TestUsers.ensure(identityService, "nc-pmo", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, "um-bob", PmoGroups.REQUESTER);
  }

  @Test
  void thePmoSeesAnUndeliveredMailAndSendsItAgainWithTheSameMessageId() throws Exception {
    queue("REQ-2026-0042:submitted", "um-bob");
    greenMail.stop();
    for (int attempt = 1; attempt <= 4; attempt++) {
      sender.sendDue();
      clock.advance(Duration.ofMinutes(2));
    }
    greenMail.start();

    JsonNode failed = onlyItem(call("nc-pmo", "GET", "/api/notifications?status=FAILED"));
    long id = failed.get("id").asLong();
    assertThat(failed.get("recipient").asText()).isEqualTo("um-bob@test.example");
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("attempts").asInt()).isEqualTo(4);
    assertThat(failed.get("lastError").asText()).startsWith("MailSendException: ");
    assertThat(instant(failed, "lastAttemptAt")).isEqualTo(start.plus(Duration.ofMinutes(6)));

    clock.advance(Duration.ofHours(1));
    Instant resentAt = clock.instant();
    MockHttpServletResponse resend = call("nc-pmo", "POST", "/api/notifications/" + id + "/resend");
    assertThat(resend.getStatus()).isEqualTo(200);
    JsonNode resent = objectMapper.readTree(resend.getContentAsString());
    assertThat(resent.get("status").asText()).isEqualTo("PENDING");
    assertThat(resent.get("attempts").asInt()).as("a fresh round").isZero();
    assertThat(resent.get("earlierAttempts").asInt()).isEqualTo(4);
    assertThat(instant(resent, "nextAttemptAt")).as("due now").isEqualTo(resentAt);
    assertThat(resent.get("resentBy").asText()).isEqualTo("nc-pmo");
    assertThat(instant(resent, "resentAt")).isEqualTo(resentAt);
    assertThat(resent.get("lastError").asText()).as("kept until the next attempt")
        .isEqualTo(failed.get("lastError").asText());

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(received("Message-ID")).containsExactly(OutboxSenderTests.MESSAGE_ID_OF_REQ_42);
    OutboxMail sent = outbox.findById(id).orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(1);
    assertThat(sent.getEarlierAttempts()).isEqualTo(4);
    assertThat(sent.getLastError()).isNull();
  }

  @Test
  void aSentMailIsNotSentAgain() throws Exception {
    queue("REQ-2026-0044:submitted", "um-bob");
    sender.sendDue();
    long id = outbox.findAll().get(0).getId();

    MockHttpServletResponse refused =
        call("nc-pmo", "POST", "/api/notifications/" + id + "/resend");

    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    JsonNode problem = objectMapper.readTree(refused.getContentAsString());
    assertThat(problem.get("detail").asText())
        .isEqualTo("Mail " + id + " was already sent at " + start + "; it is not sent twice.");
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    sender.sendDue();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  private MockHttpServletResponse call(String user, String method, String path) throws Exception {
    var request = method.equals("POST") ? post(path) : get(path);
    return mvc.perform(request.with(httpBasic(user, TestUsers.PASSWORD))).andReturn().getResponse();
  }

  private JsonNode onlyItem(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode items = objectMapper.readTree(response.getContentAsString()).get("items");
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static Instant instant(JsonNode node, String field) {
    return Instant.parse(node.get(field).asText());
  }
}
