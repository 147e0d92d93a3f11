package org.pmoengine.plans;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The plan requests that the filters guard, and their answer when they refuse one. The path is
 * the one Spring MVC matches (decoded, without path parameters), so no spelling of the URL
 * reaches the controller around the filters.
 */
final class PlanRequests {

  private static final Pattern PLAN = Pattern.compile("/api/projects/[^/]+/plan");

  private PlanRequests() {}

  /** {@code POST /api/schedule}: computes a plan sent in the body. */
  static boolean isSchedule(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && "/api/schedule".equals(path(request));
  }

  /** {@code PUT /api/projects/{key}/plan}: stores a plan sent in the body. */
  static boolean isPlanPut(HttpServletRequest request) {
    return "PUT".equals(request.getMethod()) && PLAN.matcher(path(request)).matches();
  }

  private static String path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }

  /** Writes a problem detail as the whole answer, for refusals made before Spring MVC. */
  static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
      ObjectMapper json) throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
    response.flushBuffer();
  }
}
