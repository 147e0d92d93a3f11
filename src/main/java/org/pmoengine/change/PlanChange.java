package org.pmoengine.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.PlanProblem;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.Resource;

/**
 * One change a change request asks for, applied to a copy of a plan: the plan it is given is never
 * touched. A change that names something the plan doesn't have is refused, naming it.
 */
public sealed interface PlanChange {

  Plan applyTo(Plan plan);

  /** A new activity with the links that tie it into the plan. */
  record AddActivity(Activity activity, List<Dependency> dependencies) implements PlanChange {
    @Override
    public Plan applyTo(Plan plan) {
      if (find(plan, activity.id()) != null) {
        throw refused(activity.id(), "the plan already has an activity " + activity.id());
      }
      List<Activity> activities = new ArrayList<>(plan.activities());
      activities.add(activity);
      List<Dependency> links = new ArrayList<>(plan.dependencies());
      links.addAll(dependencies);
      return new Plan(plan.projectStart(), plan.statusDate(), plan.calendar(), activities, links,
          plan.resources());
    }
  }

  /** Drops an activity and every link to or from it. */
  record RemoveActivity(String activityId) implements PlanChange {
    @Override
    public Plan applyTo(Plan plan) {
      require(plan, activityId);
      return new Plan(plan.projectStart(), plan.statusDate(), plan.calendar(),
          plan.activities().stream().filter(a -> !a.id().equals(activityId)).toList(),
          plan.dependencies().stream().filter(d -> !d.predecessorId().equals(activityId)
              && !d.successorId().equals(activityId)).toList(),
          plan.resources());
    }
  }

  /** A new estimate of an activity's duration, in working days. */
  record Reestimate(String activityId, int durationDays) implements PlanChange {
    @Override
    public Plan applyTo(Plan plan) {
      Activity a = require(plan, activityId);
      return replace(plan, new Activity(a.id(), a.name(), durationDays, a.remainingDays(),
          a.actualStart(), a.actualFinish(), a.percentComplete(), a.startNoEarlierThan(),
          a.demands()));
    }
  }

  /** A milestone (or any activity) that may not start before a new date. */
  record MoveMilestone(String activityId, LocalDate startNoEarlierThan) implements PlanChange {
    @Override
    public Plan applyTo(Plan plan) {
      return replace(plan, require(plan, activityId).withStartNoEarlierThan(startNoEarlierThan));
    }
  }

  record AddDependency(Dependency dependency) implements PlanChange {
    @Override
    public Plan applyTo(Plan plan) {
      List<Dependency> links = new ArrayList<>(plan.dependencies());
      links.add(dependency);
      return new Plan(plan.projectStart(), plan.statusDate(), plan.calendar(), plan.activities(),
          links, plan.resources());
    }
  }

  record RemoveDependency(String predecessorId, String successorId) implements PlanChange {
    @Override
    public Plan applyTo(Plan plan) {
      List<Dependency> links = plan.dependencies().stream()
          .filter(d -> !(d.predecessorId().equals(predecessorId)
              && d.successorId().equals(successorId)))
          .toList();
      if (links.size() == plan.dependencies().size()) {
        throw refused(successorId, "the plan has no link from " + predecessorId + " to "
            + successorId);
      }
      return new Plan(plan.projectStart(), plan.statusDate(), plan.calendar(), plan.activities(),
          links, plan.resources());
    }
  }

  /** More or fewer units of a resource per day. */
  record ChangeCapacity(String resourceId, int capacityPerDay) implements PlanChange {
    @Override
    public Plan applyTo(Plan plan) {
      if (plan.resources().stream().noneMatch(r -> r.id().equals(resourceId))) {
        throw refused(null, "the plan has no resource " + resourceId);
      }
      return plan.withResources(plan.resources().stream()
          .map(r -> r.id().equals(resourceId) ? new Resource(r.id(), r.name(), capacityPerDay) : r)
          .toList());
    }
  }

  private static Activity find(Plan plan, String id) {
    return plan.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  private static Activity require(Plan plan, String id) {
    Activity activity = find(plan, id);
    if (activity == null) {
      throw refused(id, "the plan has no activity " + id);
    }
    return activity;
  }

  private static Plan replace(Plan plan, Activity changed) {
    return plan.withActivities(plan.activities().stream()
        .map(a -> a.id().equals(changed.id()) ? changed : a).toList());
  }

  private static PlanValidationException refused(String activityId, String message) {
    return new PlanValidationException(List.of(new PlanProblem(activityId, "change",
        "The change can't be applied: " + message + ".")));
  }
}
