package org.pmoengine.web;

/** An action the caller is not allowed to take, such as approving their own request. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
