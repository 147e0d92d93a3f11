package org.pmoengine.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.pmoengine.web.ReadBodyRequest;

/**
 * A login form read once, so that its user name is known before the password is checked, and
 * handed on unchanged to the resource that checks it. Reading it through request parameters
 * instead would leave the resource an empty body.
 */
final class LoginForm extends ReadBodyRequest {

  /** A login form is a user name and a password; more than this is not one. */
  static final int MAX_BYTES = 8 * 1024;

  private LoginForm(HttpServletRequest request, byte[] body) {
    super(request, body);
  }

  /** The form, or null when the body is larger than a login form can be. */
  static LoginForm read(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
    return body.length > MAX_BYTES ? null : new LoginForm(request, body);
  }

  /** One URL-encoded field of the body, or null when absent or malformed. */
  String parameter(String name) {
    String form = new String(body(), StandardCharsets.UTF_8);
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      try {
        if (equals > 0 && decode(pair.substring(0, equals)).equals(name)) {
          return decode(pair.substring(equals + 1));
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
