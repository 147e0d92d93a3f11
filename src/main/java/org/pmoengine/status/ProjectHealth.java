package org.pmoengine.status;

import java.util.List;
import org.pmoengine.project.Rag;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleTrail;

/**
 * The one fact the health rules work on: the project's slip, indices, risks and issues
 * (read-only) and the rating the rules give. Every threshold is in {@code
 * rules/project-health.drl}; this class only keeps the worst colour and the sentences.
 */
public final class ProjectHealth {

  private final Integer slipDays;
  private final Double cpi;
  private final Double spi;
  private final int openHighRisks;
  private final int overdueIssues;

  private final RuleTrail trail = new RuleTrail();
  private int warnings;
  private Rag rag;

  public ProjectHealth(HealthFacts facts) {
    this.slipDays = facts.slipDays();
    this.cpi = facts.cpi() == null ? null : facts.cpi().doubleValue();
    this.spi = facts.spi() == null ? null : facts.spi().doubleValue();
    this.openHighRisks = facts.openHighRisks();
    this.overdueIssues = facts.overdueIssues();
  }

  /** A warning sign that turns the project amber, unless something else turns it red. */
  public void amber(String rule, String sentence, Object... args) {
    warning(Rag.AMBER, rule, sentence, args);
  }

  /** A warning sign that turns the project red. */
  public void red(String rule, String sentence, Object... args) {
    warning(Rag.RED, rule, sentence, args);
  }

  /** How many warning signs the rules found, once every sign has been checked. */
  public int settleWarnings() {
    return warnings;
  }

  /** No warning sign at all. */
  public void green(String rule, String sentence, Object... args) {
    rag = Rag.GREEN;
    trail.note(rule, sentence, args);
  }

  private void warning(Rag colour, String rule, String sentence, Object... args) {
    warnings++;
    rag = colour.atLeast(rag);
    trail.note(rule, sentence, args);
  }

  /** The rating for callers, with the sentences written out. */
  public HealthRating toRating(String projectKey, String rulesVersion, Long decisionId) {
    if (rag == null) {
      throw new IllegalStateException("The health rules gave " + projectKey + " no colour");
    }
    List<RuleContribution> contributions = trail.contributions();
    return new HealthRating(rag, contributions.stream().map(RuleContribution::reason).toList(),
        contributions, trail.explanation("Health of " + projectKey + ": " + rag), rulesVersion,
        decisionId);
  }

  public Integer getSlipDays() {
    return slipDays;
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

  public int getOverdueIssues() {
    return overdueIssues;
  }

  public Rag getRag() {
    return rag;
  }
}
