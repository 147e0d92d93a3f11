package org.pmoengine.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pmoengine.records.Display;

/**
 * What a review form shows of a request, and nothing more (each value is a row per task); set on
 * the task only, never on the process. Amounts and decisions are text for people.
 */
final class ReviewFacts {

  private ReviewFacts() {}

  /** @param triage the PMO's triage decision the board sees; null for the triage itself */
  static Map<String, Object> of(ProjectRequest request, ReviewDecision triage) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("title", request.getTitle());
    facts.put("summary", request.getSummary());
    facts.put("businessCase", request.getBusinessCase());
    facts.put("requesterName", request.getSubmittedBy());
    facts.put("requestedBudget", request.getRequestedBudget().doubleValue());
    facts.put("requestedBudgetText", Display.euros(request.getRequestedBudget()));
    facts.put("effortPersonDays", request.getEffortPersonDays());
    facts.put("submittedOn", Display.date(request.getSubmittedAt()));
    facts.put("score", request.getScore());
    facts.put("priorityClass", request.getPriorityClass());
    facts.put("routeLabel", request.getRoute() == null ? "" : request.getRoute().label());
    facts.put("explanation", request.getExplanation());
    facts.put("informationProvided", request.getInformationProvided());
    if (triage != null) {
      facts.put("triageDecision", decisionWords(triage.getDecision()));
      facts.put("triageReason", triage.getReason());
      facts.put("triageBy", triage.getDecidedBy());
      facts.put("triageOn", Display.date(triage.getDecidedAt()));
    }
    return facts;
  }

  /** A reviewer's decision as the forms and mails say it. */
  static String decisionWords(Decision decision) {
    return switch (decision) {
      case APPROVE -> "Approved";
      case REJECT -> "Rejected";
      case DEFER -> "Deferred to the backlog";
      case MORE_INFO -> "Sent back for more information";
    };
  }
}
