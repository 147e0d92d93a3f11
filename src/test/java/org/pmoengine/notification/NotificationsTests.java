package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsTests {

  @Autowired Notifications notifications;
  @Autowired OutboxMailRepository outbox;
  @Autowired IdentityService identityService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;

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
