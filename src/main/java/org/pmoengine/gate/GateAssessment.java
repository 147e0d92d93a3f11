package org.pmoengine.gate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pmoengine.budget.BudgetOutcome;
import org.pmoengine.project.Gate;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleTrail;

/**
 * The one fact the gate rules work on: the project's standing at a gate (read-only) and what the
 * rules conclude. The rules in {@code rules/gate-criteria.drl} hold which deliverables each gate
 * requires and every threshold; this class only keeps the most severe recommendation and the
 * sentences.
 */
public final class GateAssessment {

  private final Gate gate;
  private final Set<String> ticked;
  private final Integer forecastSlipDays;
  private final Double cpi;
  private final Double spi;
  private final int openHighRisks;
  private final int overdueOpenIssues;
  private final double budget;
  private final BudgetOutcome budgetOutcome;

  private final RuleTrail trail = new RuleTrail();
  private final List<RequiredDeliverable> required = new ArrayList<>();
  private final Set<String> reasonRules = new HashSet<>();
  private int findings;
  private Recommendation recommendation;
  private boolean boardOfAll;

  public GateAssessment(GateFacts facts) {
    this.gate = facts.gate();
    this.ticked = facts.tickedDeliverables();
    this.forecastSlipDays = facts.forecastSlipDays();
    this.cpi = facts.cpi() == null ? null : facts.cpi().doubleValue();
    this.spi = facts.spi() == null ? null : facts.spi().doubleValue();
    this.openHighRisks = facts.openHighRisks();
    this.overdueOpenIssues = facts.overdueOpenIssues();
    this.budget = facts.budget().doubleValue();
    this.budgetOutcome = facts.budgetOutcome();
  }

  /** A deliverable this gate requires; the rule inserts what this returns. */
  public RequiredDeliverable require(String id, String name) {
    RequiredDeliverable deliverable = new RequiredDeliverable(id, name);
    required.add(deliverable);
    return deliverable;
  }

  /** A criterion failed in a way that sends the project back to its stage work. */
  public void recycle(String rule, String sentence, Object... args) {
    finding(Recommendation.RECYCLE, rule, sentence, args);
  }

  /** A criterion failed in a way that holds the project at the gate. */
  public void hold(String rule, String sentence, Object... args) {
    finding(Recommendation.HOLD, rule, sentence, args);
  }

  /** The project should be stopped. */
  public void kill(String rule, String sentence, Object... args) {
    finding(Recommendation.KILL, rule, sentence, args);
  }

  /** How many criteria failed, once every criterion has been checked. */
  public int settleFindings() {
    return findings;
  }

  /** No criterion failed. */
  public void go(String rule, String sentence, Object... args) {
    recommendation = Recommendation.GO;
    reasonRules.add(rule);
    trail.note(rule, sentence, args);
  }

  /** The project is large enough that every gate-board member reviews the gate. */
  public void boardOfAll(String rule, String sentence, Object... args) {
    boardOfAll = true;
    trail.note(rule, sentence, args);
  }

  private void finding(Recommendation outcome, String rule, String sentence, Object... args) {
    findings++;
    recommendation = outcome.atLeast(recommendation);
    reasonRules.add(rule);
    trail.note(rule, sentence, args);
  }

  /** The recommendation for callers, with the sentences written out. */
  public GateRecommendation toRecommendation(String projectKey, String rulesVersion,
      Long decisionId) {
    if (recommendation == null) {
      throw new IllegalStateException("The gate rules made no recommendation for " + projectKey
          + " at " + gate);
    }
    List<RuleContribution> contributions = trail.contributions();
    List<String> reasons = contributions.stream()
        .filter(c -> reasonRules.contains(c.rule())).map(RuleContribution::reason).toList();
    List<String> requiredIds = required.stream().map(RequiredDeliverable::getId).toList();
    List<String> missing = requiredIds.stream().filter(id -> !ticked.contains(id)).toList();
    String headline = "Gate " + gate + " (" + gate.title() + ") of " + projectKey + ": "
        + recommendation;
    return new GateRecommendation(gate, recommendation, boardOfAll, requiredIds, missing, reasons,
        contributions, trail.explanation(headline), rulesVersion, decisionId);
  }

  /** The deliverables the rules required, in the order they named them. */
  List<RequiredDeliverable> requiredDeliverables() {
    return List.copyOf(required);
  }

  public Gate getGate() {
    return gate;
  }

  public Set<String> getTicked() {
    return ticked;
  }

  public Integer getForecastSlipDays() {
    return forecastSlipDays;
  }

  public Double getCpi() {
    return cpi;
  }

  public Double getSpi() {
    return spi;
  }

  public int getOpenHighRisks() {
    return openHighRisks;
  }

  public int getOverdueOpenIssues() {
    return overdueOpenIssues;
  }

  public double getBudget() {
    return budget;
  }

  public BudgetOutcome getBudgetOutcome() {
    return budgetOutcome;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public boolean isBoardOfAll() {
    return boardOfAll;
  }
}
