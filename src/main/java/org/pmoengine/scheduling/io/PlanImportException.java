package org.pmoengine.scheduling.io;

/** A file that is not a schedule we can read. */
public class PlanImportException extends RuntimeException {

  public PlanImportException(String message, Throwable cause) {
    super(message, cause);
  }

  public PlanImportException(String message) {
    super(message);
  }
}
