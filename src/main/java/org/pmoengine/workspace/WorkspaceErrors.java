package org.pmoengine.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.pmoengine.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on a workspace page as a page of the workspace, with the sentence of the service
 * that refused (not allowed, not found...), instead of the API's problem detail. Anything
 * unexpected is logged and shown as one sentence, never as a stack trace.
 */
@ControllerAdvice(basePackageClasses = WorkspaceErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class WorkspaceErrors {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceErrors.class);

  private final WorkspaceModel workspace;

  WorkspaceErrors(WorkspaceModel workspace) {
    this.workspace = workspace;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView denied(AccessDeniedException e) {
    return page(HttpStatus.FORBIDDEN, "Not allowed", "You are not allowed to do this.");
  }

  @ExceptionHandler(Exception.class)
  ModelAndView refused(Exception e, HttpServletRequest request) {
    return Refusal.of(e)
        .map(r -> {
          log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), r.sentence());
          return page(r.status(), r.title(), r.sentence());
        })
        .orElseGet(() -> {
          if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMessage());
            return page(HttpStatus.valueOf(spring.getStatusCode().value()), "Not understood",
                "The page could not make sense of this request. Go back and try again.");
          }
          log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
          return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
              "Something went wrong on our side. Nothing was changed; please try again.");
        });
  }

  private ModelAndView page(HttpStatus status, String title, String detail) {
    ModelAndView page = new ModelAndView("workspace/error");
    page.setStatus(status);
    page.addObject("viewer", workspace.viewer());
    page.addObject("status", status.value());
    page.addObject("title", title);
    page.addObject("detail", detail);
    return page;
  }
}
