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
