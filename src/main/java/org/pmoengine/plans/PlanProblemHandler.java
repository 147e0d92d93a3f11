package org.pmoengine.plans;

import java.util.List;
import org.pmoengine.scheduling.PlanProblem;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.io.PlanImportException;
import org.pmoengine.web.ApiExceptionHandler;
import org.pmoengine.web.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A plan that cannot be scheduled, or a file that cannot be read, is the caller's input to
 * correct: 400 with one entry per problem, each naming the activity; a file over the upload
 * limit is 413.
 */
@RestControllerAdvice(basePackages = "org.pmoengine")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(PlanProblemHandler.class);

  private final ObjectProvider<MultipartProperties> multipart;

  public PlanProblemHandler(ObjectProvider<MultipartProperties> multipart) {
    this.multipart = multipart;
  }

  @ExceptionHandler(PlanValidationException.class)
  ProblemDetail invalidPlan(PlanValidationException e) {
    List<FieldProblem> problems = e.problems().stream().map(PlanProblemHandler::field).toList();
    ProblemDetail problem = ApiExceptionHandler.invalid(problems);
    problem.setTitle("Invalid plan");
    return problem;
  }

  @ExceptionHandler(PlanImportException.class)
  ProblemDetail unreadableFile(PlanImportException e) {
    return ApiExceptionHandler.invalid(List.of(new FieldProblem("file", e.getMessage())));
  }

  /**
   * An upload over {@code spring.servlet.multipart.max-file-size}. Multipart requests are
   * resolved lazily (application.yml), so this reaches the handlers of the controller.
   */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
    String cause = String.valueOf(e.getMostSpecificCause().getMessage());
    log.info("Refused an upload over the size limit: {}", cause);
    MultipartProperties limits = multipart.getIfAvailable();
    String most = limits == null ? "" : ", larger than " + PlanBodyLimitFilter.readable(limits.getMaxFileSize());
    // Tomcat also counts a part's headers (512 bytes), which a very long file name fills
    String detail = cause.startsWith("Header section")
        ? "The file's name is too long for an upload. Rename the file and send it again."
        : "The file is too large" + most + ". Remove what the plan does not need, or split it.";
    ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", detail);
    problem.setProperty("errors", List.of(new FieldProblem("file", problem.getDetail())));
    return problem;
  }

  /** A body that claims to be a multipart form and is not one (no boundary, cut off...). */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail malformedUpload(MultipartException e) {
    log.info("Refused a malformed multipart upload: {}", e.getMessage());
    ProblemDetail problem = ApiExceptionHandler.invalid(List.of(new FieldProblem("file",
        "The upload is not a well-formed multipart form. Send the file as the form field 'file'.")));
    problem.setTitle("Unreadable upload");
    return problem;
  }

  static FieldProblem field(PlanProblem p) {
    String field = p.field() == null ? "plan" : p.field();
    boolean resource = field.equals("resources") || field.equals("capacityPerDay");
    String path = p.activityId() == null ? field
        : (resource ? "resources[" : "activities[") + p.activityId() + "]." + field;
    return new FieldProblem(path, p.message());
  }
}
