package org.pmoengine.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.pmoengine.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a workspace page (not allowed, not found, changed meanwhile) is a page in words
 * with a way back, not the API's JSON; anything unexpected is logged and answered the same way,
 * without a stack trace. Runs before the API's handler, which answers everything else.
 */
@ControllerAdvice(basePackageClasses = WorkspaceErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceErrors {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceErrors.class);

  private final WorkspaceModel workspace;

  WorkspaceErrors(WorkspaceModel workspace) {
    this.workspace = workspace;
  }

  @ExceptionHandler(Exception.class)
  ModelAndView refused(Exception e, HttpServletResponse response) {
    ModelAndView page = new ModelAndView("workspace/error");
    Refusal.of(e).ifPresentOrElse(refusal -> {
      log.info("Page refused: {}", refusal.detail());
      page.setStatus(refusal.status());
      page.addObject("title", refusal.title());
      page.addObject("message", refusal.detail());
    }, () -> {
      log.error("Unexpected error on a workspace page", e);
      page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
      page.addObject("title", "Something went wrong");
      page.addObject("message",
          "Something went wrong on our side. Nothing was changed; please try again.");
    });
    page.addObject("viewer", workspace.viewer());
    return page;
  }
}
