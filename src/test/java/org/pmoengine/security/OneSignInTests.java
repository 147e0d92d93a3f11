package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One sign-in at {@code /login} serves the workspace, the Camunda webapps and our API; the
 * webapps' own login is closed; calls riding on the session carry a CSRF token, calls with HTTP
 * Basic need none; the webapps' "Log out" ends the one session. Over real HTTP, redirects not
 * followed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneSignInTests {

  private static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";
  private static final String REQUEST_JSON = """
      {"title": "Badge readers", "summary": "New badge readers at the gates",
       "businessCase": "The old ones fail daily", "sponsor": "one-sam", "department": "Facilities",
       "category": "operational", "mandatory": false, "requestedBudget": 30000,
       "effortPersonDays": 20, "desiredStart": "2027-03-01", "desiredEnd": "2027-06-30",
       "strategicAlignment": 3, "businessValue": 3, "timeCriticality": 3,
       "riskReductionOpportunity": 3, "deliveryRisk": 3}
      """;

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  /** The webapps send everyone to their first-run setup while no administrator exists. */
  @BeforeEach
  void anAdministratorExists() {
    TestUsers.ensure(identityService, "one-admin", PmoGroups.CAMUNDA_ADMIN);
  }

  @Test
  void withoutSigningInPagesSendToTheSignInPageAndApisAnswer401() {
    SignedInSession anonymous = SignedInSession.anonymous(port);

    for (String page : new String[] {"/", "/camunda/app/tasklist/default/",
        "/camunda/app/cockpit/default/", "/camunda/app/admin/default/"}) {
      HttpResponse<String> answer = anonymous.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location")).as(page).hasValueSatisfying(
          location -> assertThat(location).endsWith("/login"));
    }
    for (String api : new String[] {"/api/requests", WHO_AM_I,
        "/camunda/api/engine/engine/default/task"}) {
      HttpResponse<String> answer = anonymous.get(api);
      assertThat(answer.statusCode()).as(api).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).as(api)
          .hasValue("application/problem+json");
      assertThat(answer.body()).as(api).doesNotContain("userId", "at org.");
    }
  }

  @Test
  void afterSigningInTasklistAndCockpitOpenWithoutALoginOfTheirOwn() {
    TestUsers.ensure(identityService, "one-pia", PmoGroups.REQUESTER, PmoGroups.PMO);
    SignedInSession pia = SignedInSession.signIn(port, "one-pia", TestUsers.PASSWORD);

    assertThat(pia.openWebapp("tasklist").statusCode()).isEqualTo(200);
    assertThat(pia.openWebapp("cockpit").statusCode()).isEqualTo(200);
    HttpResponse<String> whoAmI = pia.get(WHO_AM_I);
    assertThat(whoAmI.statusCode()).isEqualTo(200);
    // the groups came from the engine: the PMO may open Cockpit
    assertThat(whoAmI.body()).contains("\"userId\":\"one-pia\"", "\"tasklist\"", "\"cockpit\"");
    HttpResponse<String> tasks = pia.get("/camunda/api/engine/engine/default/task/count");
    assertThat(tasks.statusCode()).isEqualTo(200);
  }

  @Test
  void aRequesterGetsTasklistButNotCockpitFromTheSameSignIn() {
    TestUsers.ensure(identityService, "one-rita", PmoGroups.REQUESTER);
    SignedInSession rita = SignedInSession.signIn(port, "one-rita", TestUsers.PASSWORD);

    rita.openWebapp("tasklist");
    HttpResponse<String> whoAmI = rita.get(WHO_AM_I);

    assertThat(whoAmI.body()).contains("\"userId\":\"one-rita\"", "\"tasklist\"")
        .doesNotContain("\"cockpit\"", "\"admin\"");
  }

  @Test
  void theWebappsOwnLoginIsClosedEvenWithTheRightPassword() {
    TestUsers.ensure(identityService, "one-sam", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, "one-tom", PmoGroups.REQUESTER);
    SignedInSession anonymous = SignedInSession.anonymous(port);

    HttpResponse<String> login = webappLogin(anonymous, "one-sam");

    assertThat(login.statusCode()).isIn(401, 403);
    assertThat(login.body()).doesNotContain("one-sam");
    assertThat(anonymous.get(WHO_AM_I).statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);

    // nor does it let a signed-in user become someone else in the webapps
    SignedInSession tom = SignedInSession.signIn(port, "one-tom", TestUsers.PASSWORD);
    tom.openWebapp("tasklist");
    assertThat(webappLogin(tom, "one-sam").statusCode()).isEqualTo(403);
    assertThat(tom.get(WHO_AM_I).body()).contains("\"userId\":\"one-tom\"")
        .doesNotContain("one-sam");
  }

  @Test
  void apiCallsOnTheSessionNeedTheCsrfTokenBasicCallsDoNot() {
    TestUsers.ensure(identityService, "one-sam", PmoGroups.REQUESTER, PmoGroups.PMO);
    SignedInSession sam = SignedInSession.signIn(port, "one-sam", TestUsers.PASSWORD);
    String token = sam.pageCsrfToken();

    assertThat(sam.get("/api/requests").statusCode()).isEqualTo(200);
    HttpResponse<String> withoutToken = sam.sendBare(postRequest(sam).build());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).doesNotContain("\"key\"");
    HttpResponse<String> wrongToken = sam.sendBare(postRequest(sam)
        .header("X-CSRF-TOKEN", "not-the-token").build());
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    HttpResponse<String> withToken = sam.sendBare(postRequest(sam)
        .header("X-CSRF-TOKEN", token).build());
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);

    SignedInSession apiClient = SignedInSession.anonymous(port);
    HttpResponse<String> basic = apiClient.sendBare(postRequest(apiClient)
        .header("Authorization", basic("one-sam")).build());
    assertThat(basic.statusCode()).as(basic.body()).isEqualTo(201);
  }

  @Test
  void theEngineRestApiTakesHttpBasicOnlyNotTheSession() {
    TestUsers.ensure(identityService, "one-sam", PmoGroups.REQUESTER, PmoGroups.PMO);
    SignedInSession sam = SignedInSession.signIn(port, "one-sam", TestUsers.PASSWORD);

    assertThat(sam.get("/engine-rest/task/count").statusCode()).isEqualTo(401);
    assertThat(sam.sendBare(HttpRequest.newBuilder(sam.uri("/engine-rest/task/count"))
        .header("Authorization", basic("one-sam")).GET().build()).statusCode()).isEqualTo(200);
  }

  @Test
  void theWebappsLogOutEndsTheOneSessionButOnlyWithTheirToken() {
    TestUsers.ensure(identityService, "one-uma", PmoGroups.REQUESTER);
    SignedInSession uma = SignedInSession.signIn(port, "one-uma", TestUsers.PASSWORD);
    uma.openWebapp("tasklist");

    // a call without the webapps' token is refused by Camunda's CsrfPreventionFilter, which
    // ends the session it came with: it fails closed
    HttpResponse<String> forged = uma.sendBare(HttpRequest.newBuilder(
        uma.uri(WHO_AM_I + "/logout")).POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(uma.get("/").statusCode()).isEqualTo(302);

    uma = SignedInSession.signIn(port, "one-uma", TestUsers.PASSWORD);
    assertThat(uma.openWebapp("tasklist").statusCode()).isEqualTo(200);
    assertThat(uma.get("/").statusCode()).isEqualTo(200);
    HttpResponse<String> logout = uma.send(HttpRequest.newBuilder(uma.uri(WHO_AM_I + "/logout"))
        .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(logout.statusCode()).isIn(200, 204);
    assertThat(uma.get("/").statusCode()).isEqualTo(302);
    assertThat(uma.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    assertThat(uma.get("/api/requests").statusCode()).isEqualTo(401);
  }

  @Test
  void signingOutOfTheWorkspaceEndsTasklistToo() {
    TestUsers.ensure(identityService, "one-vic", PmoGroups.REQUESTER);
    SignedInSession vic = SignedInSession.signIn(port, "one-vic", TestUsers.PASSWORD);
    vic.openWebapp("tasklist");
    String token = vic.pageCsrfToken();

    // without the token (another site's form) nothing ends
    vic.sendBare(HttpRequest.newBuilder(vic.uri("/logout"))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(vic.get(WHO_AM_I).statusCode()).isEqualTo(200);

    HttpResponse<String> signOut = vic.sendBare(HttpRequest.newBuilder(vic.uri("/logout"))
        .header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build());

    assertThat(signOut.statusCode()).isEqualTo(302);
    assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login?logout"));
    assertThat(vic.get(WHO_AM_I).statusCode()).isEqualTo(401);
    assertThat(vic.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }

  private HttpResponse<String> webappLogin(SignedInSession session, String user) {
    return session.send(HttpRequest.newBuilder(session.uri(WHO_AM_I + "/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "username=" + user + "&password=" + TestUsers.PASSWORD)));
  }

  private static HttpRequest.Builder postRequest(SignedInSession session) {
    return HttpRequest.newBuilder(session.uri("/api/requests"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(REQUEST_JSON));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
