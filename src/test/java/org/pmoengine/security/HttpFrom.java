package org.pmoengine.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.1 requests to the test server sent from a chosen loopback address (127.0.0.0/8),
 * so that one test plays several clients at different addresses over a real connection.
 */
final class HttpFrom {

  record Answer(int status, Map<String, String> headers, List<String> cookies, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final String address;
  private final int port;

  private HttpFrom(String address, int port) {
    this.address = address;
    this.port = port;
  }

  static HttpFrom address(String address, int port) {
    return new HttpFrom(address, port);
  }

  Answer get(String path, String user, String password) throws IOException {
    return send("GET", path, Map.of("Authorization", basic(user, password)), null, null);
  }

  Answer postJson(String path, String user, String password, String json) throws IOException {
    return send("POST", path, Map.of("Authorization", basic(user, password)),
        "application/json", json);
  }

  /**
   * Signs in on the sign-in page the way a browser does: the page hands out the session and the
   * form's CSRF token, and the form is posted with both. The answer is the redirect.
   */
  Answer signIn(String user, String password) throws IOException {
    Answer page = send("GET", "/login", Map.of(), null, null);
    java.util.regex.Matcher token = java.util.regex.Pattern
        .compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("The sign-in page has no CSRF token: " + page.body());
    }
    String form = "username=" + encode(user) + "&password=" + encode(password)
        + "&_csrf=" + encode(token.group(1));
    return send("POST", "/login", Map.of("Cookie", cookieHeader(page)),
        "application/x-www-form-urlencoded", form);
  }

  private static String cookieHeader(Answer page) {
    return page.cookies().stream().map(c -> c.split(";", 2)[0])
        .reduce((a, b) -> a + "; " + b).orElse("");
  }

  Answer send(String method, String path, Map<String, String> headers, String contentType,
      String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder()
        .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: localhost:").append(port).append("\r\n")
        .append("Connection: close\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (contentType != null) {
      request.append("Content-Type: ").append(contentType).append("\r\n");
    }
    request.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      return parse(socket.getInputStream());
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.put(name, value);
      if (name.equals("set-cookie")) {
        cookies.add(value);
      }
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, cookies,
        raw.substring(end + 4));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
