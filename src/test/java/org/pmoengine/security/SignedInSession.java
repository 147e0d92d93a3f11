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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser over plain HTTP: signs in once on the sign-in page, as a person does, and keeps
 * the session cookie. Calls to the webapps' API carry the XSRF token Camunda hands out with a
 * webapp page; calls to our API may carry the token of our pages' meta tag. Redirects are not
 * followed, so a test sees where it is sent.
 */
public final class SignedInSession {

  private static final Pattern FORM_TOKEN =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern META_TOKEN =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private HttpResponse<String> signInAnswer;

  private SignedInSession(int port) {
    this.port = port;
  }

  /** A browser that has not signed in. */
  public static SignedInSession anonymous(int port) {
    return new SignedInSession(port);
  }

  /** Signs in at /login and checks that the sign-in page sent the browser on to the home page. */
  public static SignedInSession signIn(int port, String user, String password) {
    SignedInSession session = new SignedInSession(port);
    HttpResponse<String> answer = session.postSignIn(user, password);
    assertThat(answer.statusCode()).as("sign-in of %s", user).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse(""))
        .as("sign-in of %s", user).doesNotContain("/login");
    return session;
  }

  /** Posts the sign-in form the way the page does, with its CSRF token. */
  public HttpResponse<String> postSignIn(String user, String password) {
    Matcher token = FORM_TOKEN.matcher(get("/login").body());
    assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
    signInAnswer = send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user)
            + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1)))));
    return signInAnswer;
  }

  /** Opens a webapp page (tasklist, cockpit, admin), which hands out the webapps' XSRF token. */
  public HttpResponse<String> openWebapp(String app) {
    return get("/camunda/app/" + app + "/default/");
  }

  /** The CSRF token of our pages, read from the meta tag of the home page. */
  public String pageCsrfToken() {
    Matcher token = META_TOKEN.matcher(get("/").body());
    assertThat(token.find()).as("the home page carries a CSRF token").isTrue();
    return token.group(1);
  }

  /** The XSRF token the webapps handed out, if a webapp page was opened. */
  public Optional<String> webappCsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** Sends a request with the session cookie, and the webapps' XSRF token once there is one. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    webappCsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a request with the session cookie and nothing added. */
  public HttpResponse<String> sendBare(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
