package org.pmoengine.notification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A resend of a mail that is not undelivered: answered as 409 with the reason. */
class ResendRefusedException extends ErrorResponseException {

  ResendRefusedException(String detail) {
    super(HttpStatus.CONFLICT, problem(detail), null);
  }

  private static ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
    problem.setTitle("Cannot send again");
    return problem;
  }
}
