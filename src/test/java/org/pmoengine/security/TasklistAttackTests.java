package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The attacks through the API Tasklist calls in the browser, {@code /camunda/api/engine}, after
 * Tasklist's own login: a session cookie and the XSRF token Camunda's webapps require.
 */
class TasklistAttackTests extends EngineAttacks {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default/";
  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  private final Map<String, Session> sessions = new HashMap<>();

  @Override
  HttpResponse<String> send(String user, String method, String path, String body) {
    Session session = sessions.computeIfAbsent(user, this::logIn);
    return session.send(HttpRequest.newBuilder(uri(ENGINE_API + path))
        .header("Content-Type", "application/json")
        .header("Origin", uri("").toString())
        .header("Referer", uri("/camunda/app/tasklist/default/").toString())
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private Session logIn(String user) {
    Session session = new Session();
    session.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
    HttpResponse<String> login = session.send(HttpRequest.newBuilder(uri(LOGIN))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user)
            + "&password=" + encode(TestUsers.PASSWORD))));
    assertThat(login.statusCode()).as("Tasklist login of %s: %s", user, login.body())
        .isEqualTo(200);
    // the login starts a new session; its XSRF token comes with the next page load
    session.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET());
    return session;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** One browser: its cookies, and the XSRF token sent back as Camunda's webapps expect. */
  private static final class Session {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    HttpResponse<String> send(HttpRequest.Builder request) {
      cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
          .findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
