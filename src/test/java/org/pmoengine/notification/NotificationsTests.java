package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsTests {

  @Autowired Notifications notifications;
  @Autowired OutboxMailRepository outbox;
  @Autowired IdentityService identityService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper objectMapper;

  private final String dedupKey = "REQ-TEST-" + UUID.randomUUID() + ":submitted";

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void queuesOneRenderedMailPerRecipientWithUserTextEscaped() {
    TestUsers.ensure(identityService, "nt-alice", PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, "nt-bob", PmoGroups.REQUESTER);

    notifications.toUsers(dedupKey, "request-submitted", List.of("nt-alice", "nt-bob"),
        submitted("<i>Tom & Jerry</i>"));

    List<OutboxMail> queued = queued();
    assertThat(queued).extracting(OutboxMail::getRecipient)
        .containsExactlyInAnyOrder("nt-alice@test.example", "nt-bob@test.example");
    OutboxMail mail = queued.get(0);
    assertThat(mail.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(mail.getAttempts()).isZero();
    assertThat(mail.getTemplate()).isEqualTo("request-submitted");
    assertThat(mail.getSubject()).isEqualTo("REQ-2026-0042 received: <i>Tom & Jerry</i>");
    assertThat(mail.getHtmlBody()).contains("&lt;i&gt;Tom &amp; Jerry&lt;/i&gt;")
        .doesNotContain("<i>Tom");
    assertThat(mail.getTextBody()).contains("\"<i>Tom & Jerry</i>\"", "64 / 100",
        "Business value 5/5 adds 20 points.");
  }

  @Test
  void queuingTwiceWithTheSameDedupKeyQueuesOnce() {
    TestUsers.ensure(identityService, "nt-alice", PmoGroups.REQUESTER);

    notifications.toUsers(dedupKey, "request-submitted", List.of("nt-alice"), submitted("CRM"));
    notifications.toUsers(dedupKey, "request-submitted", List.of("nt-alice", "nt-alice"),
        submitted("CRM"));

    assertThat(queued()).hasSize(1);
  }

  @Test
  void queuingInATransactionThatRollsBackLeavesNothing() {
    TestUsers.ensure(identityService, "nt-alice", PmoGroups.REQUESTER);

    new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
      notifications.toUsers(dedupKey, "request-submitted", List.of("nt-alice"),
          submitted("CRM"));
      assertThat(queued()).hasSize(1);
      tx.setRollbackOnly();
    });

    assertThat(queued()).isEmpty();
  }

  @Test
  void toGroupMailsEveryMemberWithAnAddressAndSkipsTheOthers() {
    String group = "nt-" + UUID.randomUUID().toString().substring(0, 8);
    createGroup(group);
    TestUsers.ensure(identityService, "nt-carol", group);
    TestUsers.ensure(identityService, "nt-dave", group);
    createUserWithoutEmail("nt-noaddress", group);

    notifications.toGroup(dedupKey, "review-task", group, reviewTask());

    assertThat(queued()).extracting(OutboxMail::getRecipient)
        .containsExactlyInAnyOrder("nt-carol@test.example", "nt-dave@test.example");
    assertThat(queued().get(0).getSubject()).isEqualTo("PMO triage: REQ-2026-0042 CRM");
  }

  @Test
  void requesterWithoutReadOnUsersStillTriggersMailToAGroup() {
    String group = "nt-" + UUID.randomUUID().toString().substring(0, 8);
    createGroup(group);
    TestUsers.ensure(identityService, "nt-carol", group);
    TestUsers.ensure(identityService, "nt-requester", PmoGroups.REQUESTER);
    identityService.setAuthentication("nt-requester", List.of(PmoGroups.REQUESTER));
    // the requester alone may not see other users
    assertThat(identityService.createUserQuery().userId("nt-carol").count()).isZero();

    notifications.toGroup(dedupKey, "review-task", group, reviewTask());
    notifications.toUsers(dedupKey, "review-task", List.of("nt-carol"), reviewTask());

    assertThat(queued()).extracting(OutboxMail::getRecipient)
        .containsExactly("nt-carol@test.example");
    // and the checks are back on for the rest of the requester's work
    assertThat(identityService.createUserQuery().userId("nt-carol").count()).isZero();
  }

  @Test
  void lookupInsideARunningEngineCommandLeavesTheCommandsChecksOn() {
    String group = "nt-" + UUID.randomUUID().toString().substring(0, 8);
    createGroup(group);
    TestUsers.ensure(identityService, "nt-carol", group);
    TestUsers.ensure(identityService, "nt-requester", PmoGroups.REQUESTER);
    identityService.setAuthentication("nt-requester", List.of(PmoGroups.REQUESTER));

    // as a delegate or task listener would: inside the engine's command and transaction
    boolean checksStillOn = engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
      notifications.toGroup(dedupKey, "review-task", group, reviewTask());
      return context.isAuthorizationCheckEnabled();
    });

    assertThat(checksStillOn).isTrue();
    assertThat(queued()).extracting(OutboxMail::getRecipient)
        .containsExactly("nt-carol@test.example");
  }

  @Test
  void unknownAndMissingUserIdsAreSkipped() {
    notifications.toUsers(dedupKey, "request-submitted",
        Arrays.asList("nt-nobody", null, " "), submitted("CRM"));

    assertThat(queued()).isEmpty();
  }

  @Test
  void theOutboxApiFiltersByRecipientAndStatusInTheDatabaseNewestFirst() throws Exception {
    TestUsers.ensure(identityService, "nc-pmo", PmoGroups.REQUESTER, PmoGroups.PMO);
    String recipient = "nc-" + UUID.randomUUID().toString().substring(0, 8);
    TestUsers.ensure(identityService, recipient, PmoGroups.REQUESTER);
    for (String[] request : new String[][] {{"REQ-2026-0001", "First"},
        {"REQ-2026-0002", "Second"}, {"REQ-2026-0003", "Third"}}) {
      notifications.toUsers(request[0] + ":submitted:" + recipient, "request-submitted",
          List.of(recipient), submitted(request[1]));
    }

    JsonNode page = outboxPage(
        "/api/notifications?recipient=" + recipient + "@test.example&status=pending&size=2");

    assertThat(page.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page.get("totalPages").asInt()).isEqualTo(2);
    assertThat(page.get("items").findValuesAsText("subject")).containsExactly(
        "REQ-2026-0042 received: Third", "REQ-2026-0042 received: Second");
    JsonNode second = outboxPage(
        "/api/notifications?recipient=" + recipient.toUpperCase() + "@TEST.EXAMPLE&size=2&page=1");
    assertThat(second.get("items").findValuesAsText("subject"))
        .containsExactly("REQ-2026-0042 received: First");
    assertThat(outboxPage("/api/notifications?recipient=" + recipient + "@test.example&status=SENT")
        .get("items")).isEmpty();
  }

  private JsonNode outboxPage(String path) throws Exception {
    ResponseEntity<String> response =
        rest.withBasicAuth("nc-pmo", TestUsers.PASSWORD).getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return objectMapper.readTree(response.getBody());
  }

  private List<OutboxMail> queued() {
    return outbox.findAll().stream().filter(m -> m.getDedupKey().equals(dedupKey)).toList();
  }

  private static Map<String, Object> submitted(String title) {
    return Map.of("requestKey", "REQ-2026-0042", "title", title, "score", 64,
        "priorityClass", "P2", "route", "PMO_ONLY",
        "explanation", "Business value 5/5 adds 20 points.",
        "link", "http://localhost:8080/api/requests/REQ-2026-0042");
  }

  private static Map<String, Object> reviewTask() {
    return Map.of("requestKey", "REQ-2026-0042", "title", "CRM", "taskName", "PMO triage",
        "score", 64, "priorityClass", "P2", "link", "http://localhost:8080/camunda/app/tasklist/");
  }

  private void createGroup(String id) {
    Group group = identityService.newGroup(id);
    group.setName(id);
    identityService.saveGroup(group);
  }

  private void createUserWithoutEmail(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setPassword(TestUsers.PASSWORD);
      identityService.saveUser(user);
    }
    identityService.createMembership(id, group);
  }
}
