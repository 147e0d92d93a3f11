package org.pmoengine.project;

import java.util.List;
import java.util.regex.Pattern;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;

/** Project keys look like {@code PRJ-2026-0001}: year and a four-digit number. */
public final class ProjectKeys {

  private static final Pattern FORMAT = Pattern.compile("PRJ-\\d{4}-\\d{4}");

  private ProjectKeys() {}

  public static boolean isValid(String key) {
    return key != null && FORMAT.matcher(key).matches();
  }

  public static String requireValid(String key) {
    if (!isValid(key)) {
      throw new InvalidInputException(List.of(new FieldProblem("projectKey",
          "'" + key + "' is not a project key; it must look like PRJ-2026-0001.")));
    }
    return key;
  }
}
