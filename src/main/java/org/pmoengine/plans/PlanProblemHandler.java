package org.pmoengine.plans;

import java.util.List;
import org.pmoengine.scheduling.PlanProblem;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.io.PlanImportException;
import org.pmoengine.web.ApiExceptionHandler;
import org.pmoengine.web.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A plan that cannot be scheduled, or a file that cannot be read, is the caller's input to
 * correct: 400 with one entry per problem, each naming the activity.
 */
@RestControllerAdvice(basePackages = "org.pmoengine")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanProblemHandler {

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

  static FieldProblem field(PlanProblem p) {
    String field = p.field() == null ? "plan" : p.field();
    boolean resource = field.equals("resources") || field.equals("capacityPerDay");
    String path = p.activityId() == null ? field
        : (resource ? "resources[" : "activities[") + p.activityId() + "]." + field;
    return new FieldProblem(path, p.message());
  }
}
