package org.pmoengine.plans;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pmoengine.web.ApiExceptionHandler;
import org.pmoengine.web.ReadBodyRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a plan body larger than {@code pmo.scheduling.max-body} before anything reads it:
 * by its Content-Length when it has one, else by reading at most one byte more than the limit.
 * Jackson would otherwise hold any size in memory before the plan's own limits are checked.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PlanBodyLimitFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(PlanBodyLimitFilter.class);

  private final DataSize maxBody;
  private final ObjectMapper json;

  PlanBodyLimitFilter(SchedulingProperties settings, ObjectMapper json) {
    this.maxBody = settings.maxBody();
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PlanRequests.isSchedule(request) && !PlanRequests.isPlanPut(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long limit = maxBody.toBytes();
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      tooLarge(request, response, declared + " bytes");
      return;
    }
    if (declared >= 0) {
      chain.doFilter(request, response); // the container delivers no more than declared
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (body.length > limit) {
      tooLarge(request, response, "more than " + limit + " bytes");
      return;
    }
    chain.doFilter(new ReadBodyRequest(request, body), response);
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response, String size)
      throws IOException {
    log.info("Refused a plan of {} on {} {}", size, request.getMethod(), request.getRequestURI());
    PlanRequests.refuse(request, response, ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE,
        "Plan too large", "The plan is larger than " + readable(maxBody) + ", the most "
            + "accepted here. Send a smaller plan, or import it as a file."), json);
  }

  static String readable(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return size.toMegabytes() + " MB";
    }
    return bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? size.toKilobytes() + " KB" : bytes + " bytes";
  }
}
