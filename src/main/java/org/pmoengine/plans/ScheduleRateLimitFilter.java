package org.pmoengine.plans;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.pmoengine.web.ApiExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with Retry-After when a user asks {@code /api/schedule} for more computations
 * than {@link ScheduleRateLimiter} allows. Runs after sign-in (the security filters come
 * first) and before the body is read.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ScheduleRateLimitFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ScheduleRateLimitFilter.class);

  private final ScheduleRateLimiter limiter;
  private final ObjectMapper json;

  ScheduleRateLimitFilter(ScheduleRateLimiter limiter, ObjectMapper json) {
    this.limiter = limiter;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PlanRequests.isSchedule(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response); // security answers 401
      return;
    }
    Optional<Duration> wait = limiter.tryAcquire(user.getName());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    log.info("Refused a schedule computation for {}: over the rate limit, next in {} s", user.getName(), seconds);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.TOO_MANY_REQUESTS,
        "Too many schedule computations", "You have asked for more schedule computations than "
            + "allowed per minute. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
    problem.setProperty("retryAfterSeconds", seconds);
    PlanRequests.refuse(request, response, problem, json);
  }
}
