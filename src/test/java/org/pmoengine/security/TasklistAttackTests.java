package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The attacks through the API Tasklist calls in the browser, {@code /camunda/api/engine}, after
 * the one sign-in at {@code /login}: a session cookie and the XSRF token Camunda's webapps
 * require.
 */
class TasklistAttackTests extends EngineAttacks {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default/";

  private final Map<String, SignedInSession> sessions = new HashMap<>();

  @Override
  HttpResponse<String> send(String user, String method, String path, String body) {
    SignedInSession session = sessions.computeIfAbsent(user, this::signIn);
    return session.send(HttpRequest.newBuilder(session.uri(ENGINE_API + path))
        .header("Content-Type", "application/json")
        .header("Origin", session.uri("").toString())
        .header("Referer", session.uri("/camunda/app/tasklist/default/").toString())
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private SignedInSession signIn(String user) {
    // the webapps send everyone to their first-run setup while no administrator exists
    TestUsers.ensure(identity, "attack-admin", PmoGroups.CAMUNDA_ADMIN);
    SignedInSession session = SignedInSession.signIn(port, user, TestUsers.PASSWORD);
    HttpResponse<String> tasklist = session.openWebapp("tasklist");
    assertThat(tasklist.statusCode()).as("Tasklist of %s", user).isEqualTo(200);
    assertThat(session.webappCsrfToken()).as("Tasklist's XSRF token").isPresent();
    return session;
  }
}
