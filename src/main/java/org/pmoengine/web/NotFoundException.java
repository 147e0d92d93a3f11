package org.pmoengine.web;

/** A record that does not exist, or that the caller may not see (we don't tell which). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
