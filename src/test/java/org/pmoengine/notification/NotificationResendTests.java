package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Sending undelivered mail again through the API, on the whole application and its database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationResendTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired Notifications notifications;
  @Autowired ObjectMapper objectMapper;
  @Autowired OutboxMailRepository outbox;

  private final String recipient = "nc-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void users() {
    TestUsers.ensure(identityService, "nc-pmo", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, "nc-admin", PmoGroups.CAMUNDA_ADMIN);
    TestUsers.ensure(identityService, "nc-requester", PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, recipient, PmoGroups.REQUESTER);
  }

  @Test
  void onlyThePmoMaySendMailAgain() throws Exception {
    long id = queue("REQ-2026-0004", "Fourth");

    for (String user : new String[] {"nc-requester", "nc-admin", recipient}) {
      ResponseEntity<String> response = resend(user, id);

      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(objectMapper.readTree(response.getBody()).get("detail").asText())
          .isEqualTo("Only the PMO may send undelivered mail again.");
    }
    OutboxMail unchanged = outbox.findById(id).orElseThrow();
    assertThat(unchanged.getResentBy()).isNull();
    assertThat(unchanged.getVersion()).isZero();
  }

  @Test
  void resendingAnUnknownMailIsNotFound() throws Exception {
    long unknown = Long.MAX_VALUE;

    ResponseEntity<String> response = resend("nc-pmo", unknown);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(objectMapper.readTree(response.getBody()).get("detail").asText())
        .isEqualTo("There is no mail " + unknown + " in the outbox.");
  }

  @Test
  void aMailStillWaitingToBeSentIsNotResent() throws Exception {
    long id = queue("REQ-2026-0005", "Fifth");
    OutboxMail pending = outbox.findById(id).orElseThrow();

    ResponseEntity<String> response = resend("nc-pmo", id);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode problem = objectMapper.readTree(response.getBody());
    assertThat(problem.get("title").asText()).isEqualTo("Cannot send again");
    assertThat(problem.get("detail").asText()).isEqualTo("Mail " + id + " is still waiting to be"
        + " sent; the next attempt is at " + pending.getNextAttemptAt() + ".");
    assertThat(outbox.findById(id).orElseThrow().getVersion()).isEqualTo(pending.getVersion());
  }

  private ResponseEntity<String> resend(String user, long id) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD)
        .postForEntity("/api/notifications/" + id + "/resend", null, String.class);
  }

  private long queue(String requestKey, String title) {
    notifications.toUsers(requestKey + ":submitted:" + recipient, "request-submitted",
        List.of(recipient), Map.of("requestKey", requestKey, "title", title, "score", 50,
            "priorityClass", "P3", "route", "PMO_ONLY", "explanation", "-", "link", "http://x"));
    return outbox.findAll().stream()
        .filter(m -> m.getDedupKey().equals(requestKey + ":submitted:" + recipient))
        .findFirst().orElseThrow().getId();
  }
}
