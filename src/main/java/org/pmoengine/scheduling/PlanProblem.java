package org.pmoengine.scheduling;

/**
 * One thing wrong with a plan.
 *
 * @param activityId the activity (or resource) concerned, or null for the plan as a whole
 * @param field the field at fault, such as {@code durationDays} or {@code dependencies}
 * @param message what is wrong, in words for people
 */
public record PlanProblem(String activityId, String field, String message) {}
