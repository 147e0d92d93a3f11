package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Camunda Admin offers a first-run page that creates an administrator while the camunda-admin
 * group is empty. On a real installation that would let anyone become administrator, so the
 * endpoint is closed, exactly in the state where it would otherwise be open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminSetupTests {

  private static final String SETUP_URL = "/camunda/api/admin/setup/default/user/create";
  private static final String INTRUDER_JSON = """
      {"profile": {"id": "intruder", "firstName": "Ima", "lastName": "Intruder",
                   "email": "intruder@test.example"},
       "credentials": {"password": "intruder-password"}}
      """;

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  private List<User> admins = List.of();

  @BeforeEach
  void emptyTheAdminGroup() {
    admins = identityService.createUserQuery().memberOfGroup(PmoGroups.CAMUNDA_ADMIN).list();
    admins.forEach(a -> identityService.deleteMembership(a.getId(), PmoGroups.CAMUNDA_ADMIN));
  }

  @AfterEach
  void restoreTheAdminGroup() {
    admins.forEach(a -> identityService.createMembership(a.getId(), PmoGroups.CAMUNDA_ADMIN));
    if (identityService.createUserQuery().userId("intruder").count() > 0) {
      identityService.deleteUser("intruder");
    }
  }

  @Test
  void anonymousVisitorCannotCreateTheFirstAdministrator() {
    ResponseEntity<String> response = postSetup(null);

    assertThat(response.getStatusCode().value()).isIn(401, 403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup(PmoGroups.CAMUNDA_ADMIN).count())
        .isZero();
  }

  @Test
  void loggedInRequesterCannotCreateTheFirstAdministrator() {
    TestUsers.ensure(identityService, "setup-requester", PmoGroups.REQUESTER);

    ResponseEntity<String> response = postSetup("setup-requester");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void welcomePageAndFaviconAreNotBlocked() {
    assertThat(rest.getForEntity("/camunda-welcome/index.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/favicon.ico", String.class).getStatusCode().value())
        .isNotIn(401, 403);
  }

  /** Posts like the setup page does: with the session and XSRF cookie of a prior page load. */
  private ResponseEntity<String> postSetup(String userId) {
    TestRestTemplate client = userId == null ? rest : rest.withBasicAuth(userId, TestUsers.PASSWORD);
    ResponseEntity<String> page =
        client.getForEntity("/camunda/app/admin/default/setup/", String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    cookies.forEach(c -> headers.add(HttpHeaders.COOKIE, c.split(";", 2)[0]));
    cookies.stream()
        .filter(c -> c.startsWith("XSRF-TOKEN="))
        .findFirst()
        .ifPresent(c -> headers.add("X-XSRF-TOKEN", c.split(";", 2)[0].substring(11)));
    return client.exchange(SETUP_URL, HttpMethod.POST, new HttpEntity<>(INTRUDER_JSON, headers),
        String.class);
  }
}
