package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator (group camunda-admin) administers through the engine with its authorization
 * checks on, as Cockpit, Admin and the engine REST API do: a requester may not do the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdministratorTests {

  private static final String PROCESS = "administered-process";

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  private String deploymentId;

  @BeforeEach
  void deployAProcess() {
    TestUsers.ensure(identityService, "admin-ada", PmoGroups.REQUESTER, PmoGroups.CAMUNDA_ADMIN);
    TestUsers.ensure(identityService, "admin-sam", PmoGroups.REQUESTER);
    deploymentId = repositoryService.createDeployment()
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent().userTask("wait").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void clear() {
    identityService.clearAuthentication();
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void administratorDeletesAProcessInstanceARequesterMayNotDelete() {
    // a process without a start form is started by the application, never by a person
    identityService.clearAuthentication();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS);

    actAs("admin-sam", PmoGroups.REQUESTER);
    assertThatThrownBy(() -> runtimeService.deleteProcessInstance(instance.getId(), "rogue"))
        .isInstanceOf(AuthorizationException.class);
    actAs("admin-ada", PmoGroups.REQUESTER, PmoGroups.CAMUNDA_ADMIN);
    runtimeService.deleteProcessInstance(instance.getId(), "rogue instance");
    identityService.clearAuthentication();

    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void administratorUnlocksAUserLockedBeforeLockoutWasTurnedOff() {
    TestUsers.ensure(identityService, "admin-locked", PmoGroups.REQUESTER);
    // a lock left in the database, as the engine wrote it after wrong passwords
    jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 10, LOCK_EXP_TIME_ = ? where ID_ = ?",
        Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)), "admin-locked");
    assertThat(identityService.checkPassword("admin-locked", TestUsers.PASSWORD)).isFalse();

    actAs("admin-sam", PmoGroups.REQUESTER);
    assertThatThrownBy(() -> identityService.unlockUser("admin-locked"))
        .isInstanceOf(AuthorizationException.class);
    actAs("admin-ada", PmoGroups.REQUESTER, PmoGroups.CAMUNDA_ADMIN);
    identityService.unlockUser("admin-locked");
    identityService.clearAuthentication();

    assertThat(identityService.checkPassword("admin-locked", TestUsers.PASSWORD)).isTrue();
  }

  private void actAs(String userId, String... groups) {
    identityService.setAuthentication(userId, List.of(groups));
  }
}
