package org.pmoengine.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.NotFoundException;
import org.pmoengine.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a workspace page (not allowed, not found) is a page in the workspace's layout with
 * the sentence of the refusal, not the API's problem JSON: people read it in a browser.
 */
@ControllerAdvice(basePackageClasses = WorkspaceRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceRefusals {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceRefusals.class);

  private final WorkspaceModel workspace;

  WorkspaceRefusals(WorkspaceModel workspace) {
    this.workspace = workspace;
  }

  @ExceptionHandler({ForbiddenException.class, NotFoundException.class})
  ModelAndView refused(RuntimeException e, HttpServletRequest request) {
    Refusal refusal = Refusal.of(e).orElseThrow(() -> e);
    log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refusal.detail());
    ModelAndView page = new ModelAndView("workspace/refused");
    page.setStatus(refusal.status());
    page.addObject("viewer", workspace.viewer());
    page.addObject("title", refusal.title());
    page.addObject("detail", refusal.detail());
    return page;
  }
}
