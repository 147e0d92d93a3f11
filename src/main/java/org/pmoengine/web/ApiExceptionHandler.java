package org.pmoengine.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
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

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return invalid(e.problems());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ProblemDetail denied(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "Not allowed", "You are not allowed to do this.");
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail conflict(OptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, "Changed meanwhile",
        "Someone else changed this record at the same time. Reload it and try again.");
  }

  /**
   * The engine wraps what our listeners and delegates throw; answer with the cause when it is one
   * of ours (a four-eyes refusal, invalid input), otherwise as unexpected.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engine(ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalidInput(invalid);
      }
      if (cause instanceof ForbiddenException forbidden) {
        return forbidden(forbidden);
      }
      if (cause instanceof NotFoundException notFound) {
        return notFound(notFound);
      }
      if (cause instanceof AuthorizationException denied) {
        return denied(denied);
      }
    }
    return unexpected(e);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
        "Something went wrong on our side. Nothing was changed; please try again.");
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
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
          .orElseThrow();
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
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
        problems.size() == 1 ? problems.get(0).message()
            : problems.size() + " fields need correction.");
    problem.setProperty("errors", problems);
    return problem;
  }

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
