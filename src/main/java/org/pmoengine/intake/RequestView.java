package org.pmoengine.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as the API shows it, with its review decisions. */
public record RequestView(
    String key,
    String title,
    String summary,
    String businessCase,
    String sponsor,
    String department,
    String category,
    boolean mandatory,
    BigDecimal requestedBudget,
    int effortPersonDays,
    LocalDate desiredStart,
    LocalDate desiredEnd,
    Ratings ratings,
    String submittedBy,
    Instant submittedAt,
    RequestStatus status,
    Integer score,
    String priorityClass,
    Route route,
    String explanation,
    Long scoringDecisionId,
    String informationRequested,
    String informationProvided,
    String decisionReason,
    String decidedBy,
    Instant decidedAt,
    String projectKey,
    List<Review> reviews) {

  public record Ratings(int strategicAlignment, int businessValue, int timeCriticality,
      int riskReductionOpportunity, int deliveryRisk) {}

  public record Review(ReviewStage stage, Decision decision, String reason, String decidedBy,
      Instant decidedAt) {}

  static RequestView of(ProjectRequest r, List<ReviewDecision> decisions) {
    return new RequestView(r.getKey(), r.getTitle(), r.getSummary(), r.getBusinessCase(),
        r.getSponsor(), r.getDepartment(), r.getCategory(), r.isMandatory(),
        r.getRequestedBudget(), r.getEffortPersonDays(), r.getDesiredStart(), r.getDesiredEnd(),
        new Ratings(r.getStrategicAlignment(), r.getBusinessValue(), r.getTimeCriticality(),
            r.getRiskReductionOpportunity(), r.getDeliveryRisk()),
        r.getSubmittedBy(), r.getSubmittedAt(), r.getStatus(), r.getScore(), r.getPriorityClass(),
        r.getRoute(), r.getExplanation(), r.getScoringDecisionId(), r.getInformationRequested(),
        r.getInformationProvided(), r.getDecisionReason(), r.getDecidedBy(), r.getDecidedAt(),
        r.getProjectKey(),
        decisions.stream().map(d -> new Review(d.getStage(), d.getDecision(), d.getReason(),
            d.getDecidedBy(), d.getDecidedAt())).toList());
  }
}
