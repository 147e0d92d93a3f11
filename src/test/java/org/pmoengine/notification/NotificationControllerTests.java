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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationControllerTests {

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
  void pmoReadsTheOutboxNewestFirstFilteredByRecipientAndStatus() throws Exception {
    queue("REQ-2026-0001", "First");
    queue("REQ-2026-0002", "Second");
    queue("REQ-2026-0003", "Third");

    JsonNode page = get("nc-pmo",
        "/api/notifications?recipient=" + recipient + "@test.example&status=pending&size=2");

    assertThat(page.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page.get("totalPages").asInt()).isEqualTo(2);
    JsonNode items = page.get("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("subject").asText()).isEqualTo("REQ-2026-0003 received: Third");
    assertThat(items.get(1).get("subject").asText()).isEqualTo("REQ-2026-0002 received: Second");
    assertThat(items.get(0).get("textBody").asText()).contains("\"Third\"");
    assertThat(items.get(0).get("status").asText()).isEqualTo("PENDING");
    assertThat(items.get(0).has("htmlBody")).isFalse();

    JsonNode second = get("nc-pmo",
        "/api/notifications?recipient=" + recipient + "@test.example&size=2&page=1");
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("subject").asText()).contains("First");

    JsonNode sent = get("nc-admin",
        "/api/notifications?recipient=" + recipient + "@test.example&status=SENT");
    assertThat(sent.get("items")).isEmpty();
  }

  @Test
  void requesterIsRefusedWithProblemDetail() {
    ResponseEntity<String> response = rest.withBasicAuth("nc-requester", TestUsers.PASSWORD)
        .getForEntity("/api/notifications", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody()).contains("\"status\":403").doesNotContain("at org.");
  }

  @Test
  void anonymousCallerMustLogIn() {
    ResponseEntity<String> response = rest.getForEntity("/api/notifications", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void unknownStatusAndBadPagingAreFieldProblems() throws Exception {
    ResponseEntity<String> response = rest.withBasicAuth("nc-pmo", TestUsers.PASSWORD)
        .getForEntity("/api/notifications?status=LOST&size=0", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = objectMapper.readTree(response.getBody());
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("status");

    ResponseEntity<String> paging = rest.withBasicAuth("nc-pmo", TestUsers.PASSWORD)
        .getForEntity("/api/notifications?page=-1&size=1000", String.class);
    assertThat(objectMapper.readTree(paging.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("page", "size");
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

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response =
        rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return objectMapper.readTree(response.getBody());
  }
}
