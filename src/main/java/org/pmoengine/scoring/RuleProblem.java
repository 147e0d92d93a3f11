package org.pmoengine.scoring;

/** One error in a rule file: the file name, the line (0 when unknown) and the compiler's message. */
public record RuleProblem(String file, int line, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
