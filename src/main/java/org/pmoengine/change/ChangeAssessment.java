package org.pmoengine.change;

import java.util.List;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleTrail;

/**
 * The one fact the change classification rules work on: the change's figures (read-only), and
 * the class and approver the rules conclude. Every threshold is in {@code
 * rules/change-classification.drl}; this class only keeps the most severe class, the widest
 * approver and the sentences.
 */
public final class ChangeAssessment {

  private final ChangeFacts facts;
  private final RuleTrail trail = new RuleTrail();
  private ChangeClass changeClass;
  private int findings;
  private Approver approver;

  public ChangeAssessment(ChangeFacts facts) {
    this.facts = facts;
  }

  /** A criterion that makes the change at least this severe. */
  public void classify(String rule, ChangeClass atLeast, String sentence, Object... args) {
    changeClass = atLeast.atLeast(changeClass);
    findings++;
    trail.note(rule, sentence, args);
  }

  /** The class once every criterion is checked: MINOR when no criterion raised it. */
  public SettledChangeClass settle() {
    return new SettledChangeClass(changeClass == null ? ChangeClass.MINOR : changeClass, findings);
  }

  /** A remark that changes nothing, such as why a change is minor. */
  public void note(String rule, String sentence, Object... args) {
    trail.note(rule, sentence, args);
  }

  /** Who must approve; the widest authority any rule names wins. */
  public void approveBy(String rule, Approver who, String sentence, Object... args) {
    approver = who.atLeast(approver);
    trail.note(rule, sentence, args);
  }

  /** The verdict for callers, with the sentences written out. */
  public ChangeClassification toClassification(String changeKey, String rulesVersion) {
    if (approver == null) {
      throw new IllegalStateException("The change rules named no approver for " + changeKey);
    }
    ChangeClass settled = changeClass == null ? ChangeClass.MINOR : changeClass;
    List<RuleContribution> contributions = trail.contributions();
    String headline = "Change " + changeKey + ": " + settled + ", approved by "
        + approver.name().toLowerCase().replace('_', ' ');
    return new ChangeClassification(settled, approver,
        contributions.stream().map(RuleContribution::reason).toList(), contributions,
        trail.explanation(headline), rulesVersion, null);
  }

  public int getSlipDays() {
    return facts.slipDays();
  }

  public double getCostChangePercent() {
    return facts.costChangePercent();
  }

  public double getCostChange() {
    return facts.costChange().doubleValue();
  }

  public double getBudgetAsked() {
    return facts.budgetAsked().doubleValue();
  }

  public int getAddedActivities() {
    return facts.addedActivities();
  }

  public int getRemovedActivities() {
    return facts.removedActivities();
  }

  public boolean isBaselineMilestoneMoved() {
    return facts.baselineMilestoneMoved();
  }

  public int getBaselineMilestoneSlipDays() {
    return facts.baselineMilestoneSlipDays();
  }

  public boolean isRaisedByManager() {
    return facts.raisedByManager();
  }
}
