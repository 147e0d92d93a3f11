package org.pmoengine.intake;

import java.math.BigDecimal;
import java.util.List;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleTrail;

/**
 * The one fact the intake rules work on: the request's inputs (read-only) and what the rules
 * conclude about it. The rules in {@code rules/intake-scoring.drl} hold every weight and
 * threshold; this class only adds up what they record.
 */
public final class IntakeAssessment {

  private final String category;
  private final boolean mandatory;
  private final double requestedBudget;
  private final int effortPersonDays;
  private final int strategicAlignment;
  private final int businessValue;
  private final int timeCriticality;
  private final int riskReductionOpportunity;
  private final int deliveryRisk;

  private final RuleTrail trail = new RuleTrail();
  private double points;
  private double criteriaPoints;
  private double criteriaMaximum;
  private int jobEffortPersonDays;
  private int jobSize;
  private double wsjf;
  private Integer score;
  private String priorityClass;
  private Route route;

  public IntakeAssessment(ScoringInput input) {
    this.category = input.category();
    this.mandatory = input.mandatory();
    BigDecimal budget = input.requestedBudget();
    this.requestedBudget = budget == null ? 0 : budget.doubleValue();
    this.effortPersonDays = input.effortPersonDays();
    this.jobEffortPersonDays = input.effortPersonDays();
    this.strategicAlignment = input.strategicAlignment();
    this.businessValue = input.businessValue();
    this.timeCriticality = input.timeCriticality();
    this.riskReductionOpportunity = input.riskReductionOpportunity();
    this.deliveryRisk = input.deliveryRisk();
  }

  /** A rated criterion earned {@code points} of its {@code weight}. */
  public void criterion(String rule, double weight, double points, String reason, Object... args) {
    this.criteriaPoints += points;
    this.criteriaMaximum += weight;
    this.points += points;
    trail.points(rule, points, reason, args);
  }

  /**
   * The job is sized on the effort the request is likely to take rather than the requested one,
   * because the finished projects of its category overran their estimates.
   */
  public void likelyEffort(String rule, int personDays, String sentence, Object... args) {
    this.jobEffortPersonDays = personDays;
    trail.note(rule, sentence, args);
  }

  /** The job size band the effort falls into. */
  public void jobSize(String rule, int size, String sentence, Object... args) {
    this.jobSize = size;
    trail.note(rule, sentence, args);
  }

  /** Weighted shortest job first and the points it earns. */
  public void wsjf(String rule, double wsjf, double points, String reason, Object... args) {
    this.wsjf = wsjf;
    this.points += points;
    trail.points(rule, points, reason, args);
  }

  /** Settles the score once every point is in: the points, rounded. */
  public int settleScore() {
    this.score = (int) Math.round(points);
    return score;
  }

  /** The priority class for the settled score. */
  public void classify(String rule, String priorityClass, String sentence, Object... args) {
    this.priorityClass = priorityClass;
    trail.note(rule, sentence, args);
  }

  /** Where the request goes next; a later rule may send it on elsewhere. */
  public void route(String rule, Route route, String sentence, Object... args) {
    this.route = route;
    trail.note(rule, sentence, args);
  }

  /** The fast lane overrides the route and the priority class. */
  public void fastLane(String rule, String priorityClass, String sentence, Object... args) {
    this.route = Route.FAST_LANE;
    this.priorityClass = priorityClass;
    trail.note(rule, sentence, args);
  }

  /** The verdict for callers, with the sentences written out. */
  public IntakeScore toScore(String rulesVersion, Long decisionId) {
    if (score == null || priorityClass == null || route == null) {
      throw new IllegalStateException("The intake rules left the request unscored (score "
          + score + ", class " + priorityClass + ", route " + route + ")");
    }
    String headline = "Scored " + score + " (" + priorityClass + ")";
    List<RuleContribution> contributions = trail.contributions();
    return new IntakeScore(score, priorityClass, route, weightedScore(), wsjf,
        contributions, trail.explanation(headline, contributions), rulesVersion, decisionId);
  }

  /** The rated criteria alone, as 0–100. */
  public double weightedScore() {
    return criteriaMaximum == 0 ? 0 : 100 * criteriaPoints / criteriaMaximum;
  }

  public String getCategory() {
    return category;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public double getRequestedBudget() {
    return requestedBudget;
  }

  public int getEffortPersonDays() {
    return effortPersonDays;
  }

  public int getStrategicAlignment() {
    return strategicAlignment;
  }

  public int getBusinessValue() {
    return businessValue;
  }

  public int getTimeCriticality() {
    return timeCriticality;
  }

  public int getRiskReductionOpportunity() {
    return riskReductionOpportunity;
  }

  public int getDeliveryRisk() {
    return deliveryRisk;
  }

  /** The effort the job size is taken from: the requested effort unless a rule said otherwise. */
  public int getJobEffortPersonDays() {
    return jobEffortPersonDays;
  }

  public double getPoints() {
    return points;
  }

  public int getJobSize() {
    return jobSize;
  }

  public double getWsjf() {
    return wsjf;
  }

  public Integer getScore() {
    return score;
  }

  public String getPriorityClass() {
    return priorityClass;
  }

  public Route getRoute() {
    return route;
  }
}
