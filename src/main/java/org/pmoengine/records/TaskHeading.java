package org.pmoengine.records;

import java.util.Date;

/**
 * What Tasklist lists of a task: its name with the record's key and title ({@code PMO triage:
 * REQ-2026-0004 Field-service ticketing}), so that a search by key finds it, its due date and its
 * priority. Built by the services from the records, set by the task listeners on create.
 *
 * @param name the task's name, at most {@value #MAX_NAME} characters (the engine's column)
 * @param due when the task is due; null when it has no deadline
 * @param priority the engine's task priority; {@value #NORMAL_PRIORITY} is the engine's default
 */
public record TaskHeading(String name, Date due, int priority) {

  public static final int NORMAL_PRIORITY = 50;
  static final int MAX_NAME = 255;

  public TaskHeading {
    if (name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME - 1) + "…";
    }
  }

  /** {@code "Status report: PRJ-2026-0001 Field-service ticketing"}. */
  public static TaskHeading of(String what, String key, String title, Date due, int priority) {
    String name = what + ": " + key + (title == null || title.isBlank() ? "" : " " + title.strip());
    return new TaskHeading(name, due, priority);
  }

  /** A task of normal priority. */
  public static TaskHeading of(String what, String key, String title, Date due) {
    return of(what, key, title, due, NORMAL_PRIORITY);
  }
}
