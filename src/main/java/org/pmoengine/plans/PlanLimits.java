package org.pmoengine.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.PlanProblem;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.Resource;

/**
 * Size limits checked before a plan from outside is computed. Work grows with the number of
 * working days in the plan, so one absurd duration or lag would tie up a server thread.
 */
final class PlanLimits {

  static final int MAX_DEPENDENCIES = 100_000;
  static final int MAX_RESOURCES = 1_000;
  /** About forty years of working days. */
  static final int MAX_DAYS = 10_000;

  private PlanLimits() {}

  /** @param maxActivities the most activities allowed ({@code pmo.scheduling.max-activities}) */
  static void check(Plan plan, int maxActivities) {
    List<PlanProblem> problems = new ArrayList<>();
    if (plan.activities().size() > maxActivities) {
      problems.add(new PlanProblem(null, "activities",
          "the plan has " + plan.activities().size() + " activities; at most " + maxActivities + " are allowed"));
    }
    if (plan.dependencies().size() > MAX_DEPENDENCIES) {
      problems.add(new PlanProblem(null, "dependencies", "the plan has " + plan.dependencies().size()
          + " dependencies; at most " + MAX_DEPENDENCIES + " are allowed"));
    }
    if (plan.resources().size() > MAX_RESOURCES) {
      problems.add(new PlanProblem(null, "resources",
          "the plan has " + plan.resources().size() + " resources; at most " + MAX_RESOURCES + " are allowed"));
    }
    for (Activity a : plan.activities()) {
      if (a.durationDays() > MAX_DAYS || (a.remainingDays() != null && a.remainingDays() > MAX_DAYS)) {
        problems.add(new PlanProblem(a.id(), "durationDays", "activity " + a.id() + " lasts more than "
            + MAX_DAYS + " working days"));
      }
      for (Map.Entry<String, Integer> demand : a.demands().entrySet()) {
        if (demand.getValue() != null && demand.getValue() > 1_000_000) {
          problems.add(new PlanProblem(a.id(), "demands", "activity " + a.id() + " demands more than a million units of "
              + demand.getKey()));
        }
      }
    }
    for (Dependency d : plan.dependencies()) {
      if (Math.abs(d.lagDays()) > MAX_DAYS) {
        problems.add(new PlanProblem(d.successorId(), "dependencies", "dependency " + d.predecessorId()
            + " → " + d.successorId() + " has a lag of more than " + MAX_DAYS + " working days"));
      }
    }
    for (Resource r : plan.resources()) {
      if (r.capacityPerDay() > 1_000_000) {
        problems.add(new PlanProblem(r.id(), "capacityPerDay", "resource " + r.id() + " has more than a million units"));
      }
    }
    if (plan.projectStart() != null && plan.statusDate() != null
        && Math.abs(plan.projectStart().toEpochDay() - plan.statusDate().toEpochDay()) > MAX_DAYS * 2L) {
      problems.add(new PlanProblem(null, "statusDate", "the status date is more than forty years from the project start"));
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
  }
}
