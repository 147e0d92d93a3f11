package org.pmoengine.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The attacks through the engine's REST API, {@code /engine-rest}, with HTTP Basic. */
class EngineRestAttackTests extends EngineAttacks {

  private final HttpClient client = HttpClient.newHttpClient();

  @Override
  HttpResponse<String> send(String user, String method, String path, String body) {
    String credentials = Base64.getEncoder().encodeToString(
        (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/" + path))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
