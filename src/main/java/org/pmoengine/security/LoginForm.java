package org.pmoengine.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A login form read once, so that its user name is known before the password is checked, and
 * handed on unchanged to the resource that checks it. Reading it through request parameters
 * instead would leave the resource an empty body.
 */
final class LoginForm extends HttpServletRequestWrapper {

  /** A login form is a user name and a password; more than this is not one. */
  static final int MAX_BYTES = 8 * 1024;

  private final byte[] body;

  private LoginForm(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** The form, or null when the body is larger than a login form can be. */
  static LoginForm read(HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
    return body.length > MAX_BYTES ? null : new LoginForm(request, body);
  }

  /** One URL-encoded field of the body, or null when absent or malformed. */
  String parameter(String name) {
    String form = new String(body, StandardCharsets.UTF_8);
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

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("a login form is read at once");
      }
    };
  }

  @Override
  public BufferedReader getReader() throws IOException {
    String encoding = getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(),
        encoding == null ? StandardCharsets.UTF_8.name() : encoding));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
