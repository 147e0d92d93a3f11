package org.pmoengine.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of our API into an RFC 9457 problem detail. Invalid input lists its fields
 * under {@code errors}; nothing ever carries a stack trace.
 */
@RestControllerAdvice(basePackages = "org.pmoengine")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /**
   * Our own refusals, also when the engine or the persistence layer wraps them; optimistic
   * locking and constraint violations are conflicts with what someone else saved.
   */
  @ExceptionHandler({InvalidInputException.class, NotFoundException.class,
      ForbiddenException.class, OptimisticLockingFailureException.class,
      DataIntegrityViolationException.class, OptimisticLockException.class,
      ProcessEngineException.class})
  ProblemDetail refused(Exception e, HttpServletRequest request) {
    return Refusal.of(e).map(refusal -> refused(refusal, request)).orElseGet(() -> unexpected(e));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ProblemDetail denied(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "Not allowed", "You are not allowed to do this.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    return Refusal.of(e).map(refusal -> refused(refusal, request)).orElseGet(() -> unexpected(e));
  }

  private ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
        "Something went wrong on our side. Nothing was changed; please try again.");
  }

  private static ProblemDetail refused(Refusal refusal, HttpServletRequest request) {
    log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(),
        refusal.sentence());
    ProblemDetail problem = problem(refusal.status(), refusal.title(), refusal.detail());
    if (!refusal.problems().isEmpty()) {
      problem.setProperty("errors", refusal.problems());
    }
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest().body(invalid(problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = JsonPaths.of(mismatch);
      String expected = mismatch.getTargetType() == null ? "value"
          : switch (mismatch.getTargetType().getSimpleName()) {
            case "LocalDate" -> "date as yyyy-mm-dd";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "true or false";
            default -> mismatch.getTargetType().isEnum() ? "one of "
                + java.util.Arrays.toString(mismatch.getTargetType().getEnumConstants()) : "value";
          };
      return ResponseEntity.badRequest()
          .body(invalid(List.of(new FieldProblem(field, "Enter a " + expected + "."))));
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
        "The request body is not valid JSON or has a value of the wrong type."));
  }

  public static ProblemDetail invalid(List<FieldProblem> problems) {
    Refusal refusal = Refusal.invalid(problems);
    ProblemDetail problem = problem(refusal.status(), refusal.title(), refusal.detail());
    problem.setProperty("errors", refusal.problems());
    return problem;
  }

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
