package org.pmoengine.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts from an address that has failed too often ({@link LoginThrottle}),
 * before any password is checked: HTTP Basic on every path and the sign-in form at {@code /login}
 * (the webapps' own login is closed, see SecurityConfig). Failures of both are counted where the
 * password is checked ({@link CamundaIdentityAuthenticationProvider}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final ObjectMapper objectMapper;

  LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    this.throttle = throttle;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    if (isSignIn(request)) {
      Optional<Duration> wait = throttle.refusal(address, request.getParameter("username"));
      if (wait.isPresent()) {
        // a person at the sign-in page reads the wait there; the password is not checked
        response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds(wait.get()));
        return;
      }
    }
    String basic = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)
        && refused(address, basicUser(basic.substring(6)), request, response)) {
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean refused(String address, String user, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    Optional<Duration> wait = throttle.refusal(address, user);
    if (wait.isEmpty()) {
      return false;
    }
    long seconds = seconds(wait.get());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    SecurityConfig.writeProblem(response, objectMapper, HttpStatus.TOO_MANY_REQUESTS,
        "Too many failed sign-ins from your address. Try again in " + seconds + " seconds.",
        request.getRequestURI());
    return true;
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** The workspace's sign-in form (POST /login); its failures are counted where the password is checked. */
  private static boolean isSignIn(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
  }

  /** The user id of HTTP Basic credentials, or null when they can't be read. */
  private static String basicUser(String token) {
    try {
      String decoded = new String(Base64.getDecoder().decode(token.trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
