package org.pmoengine.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;

/**
 * One change to the plan as a request names it (the API's JSON, and what a change request
 * stores). Which fields a type needs:
 *
 * <ul>
 *   <li>{@code ADD_ACTIVITY}: activityId, durationDays, optionally name, after and before (the
 *       activities it follows and precedes, finish-to-start)
 *   <li>{@code REMOVE_ACTIVITY}: activityId
 *   <li>{@code REESTIMATE}: activityId, durationDays
 *   <li>{@code MOVE_MILESTONE}: activityId, date (not before)
 *   <li>{@code ADD_DEPENDENCY}, {@code REMOVE_DEPENDENCY}: from, to
 *   <li>{@code CHANGE_CAPACITY}: resourceId, capacity
 * </ul>
 */
public record ChangeItem(
    Type type,
    String activityId,
    String name,
    Integer durationDays,
    List<String> after,
    List<String> before,
    LocalDate date,
    String from,
    String to,
    String resourceId,
    Integer capacity) {

  public enum Type {
    ADD_ACTIVITY,
    REMOVE_ACTIVITY,
    REESTIMATE,
    MOVE_MILESTONE,
    ADD_DEPENDENCY,
    REMOVE_DEPENDENCY,
    CHANGE_CAPACITY
  }

  static final int MAX_DURATION = 10_000;

  public ChangeItem {
    after = after == null ? List.of() : List.copyOf(after);
    before = before == null ? List.of() : List.copyOf(before);
  }

  /** What is missing or wrong, in words; empty when the item is complete. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (type == null) {
      problems.add("say what kind of change it is (" + List.of(Type.values()) + ")");
      return problems;
    }
    switch (type) {
      case ADD_ACTIVITY, REESTIMATE -> {
        requireText(problems, activityId, "the activity");
        if (durationDays == null || durationDays < 0 || durationDays > MAX_DURATION) {
          problems.add("give the duration as whole working days from 0 to " + MAX_DURATION);
        }
      }
      case REMOVE_ACTIVITY -> requireText(problems, activityId, "the activity");
      case MOVE_MILESTONE -> {
        requireText(problems, activityId, "the milestone");
        if (date == null) {
          problems.add("give the date the milestone may not start before");
        }
      }
      case ADD_DEPENDENCY, REMOVE_DEPENDENCY -> {
        requireText(problems, from, "the predecessor (from)");
        requireText(problems, to, "the successor (to)");
      }
      case CHANGE_CAPACITY -> {
        requireText(problems, resourceId, "the resource");
        if (capacity == null || capacity < 0) {
          problems.add("give the capacity as whole units per day, 0 or more");
        }
      }
    }
    return problems;
  }

  private static void requireText(List<String> problems, String value, String what) {
    if (value == null || value.isBlank()) {
      problems.add("name " + what);
    }
  }

  /** The change to a plan this item asks for. */
  PlanChange toPlanChange() {
    return switch (type) {
      case ADD_ACTIVITY -> {
        List<Dependency> links = new ArrayList<>();
        after.forEach(p -> links.add(new Dependency(p, activityId, DependencyType.FS, 0)));
        before.forEach(s -> links.add(new Dependency(activityId, s, DependencyType.FS, 0)));
        yield new PlanChange.AddActivity(Activity.of(activityId,
            name == null || name.isBlank() ? activityId : name.strip(), durationDays), links);
      }
      case REMOVE_ACTIVITY -> new PlanChange.RemoveActivity(activityId);
      case REESTIMATE -> new PlanChange.Reestimate(activityId, durationDays);
      case MOVE_MILESTONE -> new PlanChange.MoveMilestone(activityId, date);
      case ADD_DEPENDENCY -> new PlanChange.AddDependency(
          new Dependency(from, to, DependencyType.FS, 0));
      case REMOVE_DEPENDENCY -> new PlanChange.RemoveDependency(from, to);
      case CHANGE_CAPACITY -> new PlanChange.ChangeCapacity(resourceId, capacity);
    };
  }

  /** One line for people, such as {@code Re-estimate build: 15 working days}. */
  public String describe() {
    return switch (type) {
      case ADD_ACTIVITY -> "Add " + activityId + (name == null || name.isBlank() ? ""
          : " (" + name.strip() + ")") + ": " + durationDays + " working days"
          + (after.isEmpty() ? "" : ", after " + String.join(", ", after))
          + (before.isEmpty() ? "" : ", before " + String.join(", ", before));
      case REMOVE_ACTIVITY -> "Remove " + activityId;
      case REESTIMATE -> "Re-estimate " + activityId + ": " + durationDays + " working days";
      case MOVE_MILESTONE -> "Move " + activityId + " to not before " + date;
      case ADD_DEPENDENCY -> "Link " + from + " → " + to;
      case REMOVE_DEPENDENCY -> "Unlink " + from + " → " + to;
      case CHANGE_CAPACITY -> "Capacity of " + resourceId + ": " + capacity + " per day";
    };
  }
}
