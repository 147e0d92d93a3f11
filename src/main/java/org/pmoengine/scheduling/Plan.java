package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * A project plan: what to schedule. Durations and lags are in working days of {@code calendar},
 * counted from {@code projectStart}.
 *
 * @param projectStart no activity starts before this date
 * @param statusDate the data date: work not done yet is scheduled on or after it; null before
 *     any progress is reported
 * @param calendar working days and holidays
 */
public record Plan(
    LocalDate projectStart,
    LocalDate statusDate,
    WorkCalendar calendar,
    List<Activity> activities,
    List<Dependency> dependencies,
    List<Resource> resources) {

  public Plan {
    calendar = calendar == null ? WorkCalendar.mondayToFriday() : calendar;
    activities = activities == null ? List.of() : List.copyOf(activities);
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  public static Plan of(LocalDate projectStart, List<Activity> activities, List<Dependency> dependencies) {
    return new Plan(projectStart, null, WorkCalendar.mondayToFriday(), activities, dependencies, List.of());
  }

  public Plan withStatusDate(LocalDate date) {
    return new Plan(projectStart, date, calendar, activities, dependencies, resources);
  }

  public Plan withCalendar(WorkCalendar workCalendar) {
    return new Plan(projectStart, statusDate, workCalendar, activities, dependencies, resources);
  }

  public Plan withResources(List<Resource> list) {
    return new Plan(projectStart, statusDate, calendar, activities, dependencies, list);
  }

  public Plan withActivities(List<Activity> list) {
    return new Plan(projectStart, statusDate, calendar, list, dependencies, resources);
  }

  /** Every problem that stops this plan from being scheduled; empty when it is fine. */
  public List<PlanProblem> problems() {
    return PlanGraph.problemsOf(this);
  }

  /** Throws {@link PlanValidationException} listing every problem, if there is any. */
  public void validate() {
    List<PlanProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
  }
}
