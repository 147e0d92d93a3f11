package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityTests {

  private static final String[] HEALTH = {
      "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};
  private static final String[] ADMIN_ONLY = {
      "/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
      "/actuator/prometheus", "/actuator/info", "/actuator/env", "/actuator/beans"};

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  @Test
  void healthIsTheOnlyAnonymousEndpoint() {
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthAndItsProbesAnswerAnyone() {
    for (String path : HEALTH) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void everyOtherActuatorEndpointIsForAdministratorsOnly() {
    TestUsers.ensure(identityService, "actuator-requester", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, "actuator-admin", PmoGroups.REQUESTER,
        PmoGroups.CAMUNDA_ADMIN);
    TestRestTemplate requester = rest.withBasicAuth("actuator-requester", TestUsers.PASSWORD);
    TestRestTemplate admin = rest.withBasicAuth("actuator-admin", TestUsers.PASSWORD);

    for (String path : ADMIN_ONLY) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(requester.getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> metrics = admin.getForEntity("/actuator/metrics", String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("jvm.memory.used");
    assertThat(admin.getForEntity("/actuator/info", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anonymousApiCallGetsProblemDetailWithoutStackTrace() {
    ResponseEntity<String> response = rest.getForEntity("/api/requests", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(response.getBody()).contains("\"status\":401").doesNotContain("at org.");
  }

  @Test
  void wrongPasswordIsRefused() {
    TestUsers.ensure(identityService, "sec-user", PmoGroups.REQUESTER);

    ResponseEntity<String> response =
        rest.withBasicAuth("sec-user", "wrong").getForEntity("/api/requests", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineRestAcceptsCamundaUsers() {
    TestUsers.ensure(identityService, "sec-user", PmoGroups.REQUESTER);

    ResponseEntity<String> response = rest.withBasicAuth("sec-user", TestUsers.PASSWORD)
        .getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void everyGroupExistsAndNoDemoUserOutsideTheDemoProfile() {
    assertThat(identityService.createGroupQuery().list())
        .extracting(g -> g.getId())
        .containsAll(PmoGroups.ALL);
    assertThat(identityService.createUserQuery().userId("alice").count()).isZero();
  }
}
