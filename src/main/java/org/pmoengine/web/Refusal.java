package org.pmoengine.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/**
 * What a person is told when an action is refused, wherever the refusal was thrown: in a
 * controller, or in a listener or delegate, where the engine wraps it (once or twice) before it
 * reaches our API, {@code /engine-rest} or Tasklist. Found anywhere in the cause chain, so every
 * path answers the same refusal with the same status and sentence.
 */
public record Refusal(HttpStatus status, String title, String detail, List<FieldProblem> problems) {

  public static final String CHANGED_MEANWHILE =
      "Someone else changed this record at the same time. Reload it and try again.";

  public Refusal {
    problems = List.copyOf(problems);
  }

  /** The refusal the exception or one of its causes stands for, if it is one. */
  public static Optional<Refusal> of(Throwable error) {
    for (Throwable cause = error; cause != null; cause = next(cause)) {
      Refusal refusal = direct(cause);
      if (refusal != null) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  public static Refusal invalid(List<FieldProblem> problems) {
    return new Refusal(HttpStatus.BAD_REQUEST, "Invalid input",
        problems.size() == 1 ? problems.get(0).message()
            : problems.size() + " fields need correction.",
        problems);
  }

  public static Refusal conflict(String detail) {
    return new Refusal(HttpStatus.CONFLICT, "Changed meanwhile", detail, List.of());
  }

  private static Refusal direct(Throwable cause) {
    if (cause instanceof InvalidInputException invalid) {
      return invalid(invalid.problems());
    }
    if (cause instanceof ForbiddenException forbidden) {
      return new Refusal(HttpStatus.FORBIDDEN, "Not allowed", forbidden.getMessage(), List.of());
    }
    if (cause instanceof NotFoundException notFound) {
      return new Refusal(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage(), List.of());
    }
    if (cause instanceof OptimisticLockingException
        || cause instanceof OptimisticLockingFailureException
        || cause instanceof jakarta.persistence.OptimisticLockException) {
      return conflict(CHANGED_MEANWHILE);
    }
    if ((cause instanceof DataIntegrityViolationException || cause instanceof SQLException)
        && isDataError(cause)) {
      return new Refusal(HttpStatus.BAD_REQUEST, "Invalid input", "A value is too long or out "
          + "of range for what can be stored. Shorten it and try again.", List.of());
    }
    if (cause instanceof DataIntegrityViolationException || isConstraintViolation(cause)) {
      return conflict("This could not be saved: it clashes with a record saved at the same "
          + "time, or with the records as they are now. Reload and try again.");
    }
    return null;
  }

  /** The sentence with every field message, for clients that show only one line. */
  public String sentence() {
    if (problems.size() < 2) {
      return detail;
    }
    return detail + " " + String.join(" ", problems.stream().map(FieldProblem::message).toList());
  }

  /** SQL state class 22 is bad data (too long, out of range), not a clash between records. */
  private static boolean isDataError(Throwable error) {
    for (Throwable cause = error; cause != null; cause = next(cause)) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState().startsWith("22");
      }
    }
    return false;
  }

  /** SQL state class 23: a unique key or reference that the records hold against this. */
  private static boolean isConstraintViolation(Throwable cause) {
    return cause instanceof SQLException sql && sql.getSQLState() != null
        && sql.getSQLState().startsWith("23");
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
