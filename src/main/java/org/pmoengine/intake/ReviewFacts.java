package org.pmoengine.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a review form shows of a request, and nothing more (each value is a row per task); set on
 * the task only, never on the process.
 */
final class ReviewFacts {

  private ReviewFacts() {}

  static Map<String, Object> of(ProjectRequest request) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("title", request.getTitle());
    facts.put("summary", request.getSummary());
    facts.put("businessCase", request.getBusinessCase());
    facts.put("requesterName", request.getSubmittedBy());
    facts.put("requestedBudget", request.getRequestedBudget().doubleValue());
    facts.put("effortPersonDays", request.getEffortPersonDays());
    facts.put("score", request.getScore());
    facts.put("priorityClass", request.getPriorityClass());
    facts.put("routeLabel", request.getRoute() == null ? "" : request.getRoute().label());
    facts.put("explanation", request.getExplanation());
    facts.put("informationProvided", request.getInformationProvided());
    return facts;
  }
}
