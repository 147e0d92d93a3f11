package org.pmoengine.change;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A change as the change log shows it: what was asked, its impact, class and approver, every
 * decision taken on it, and what applying it produced.
 *
 * @param changes the changes asked for, as the API takes them
 * @param described one line per change for people
 * @param planVersion the plan version the impact was (last) analysed against
 * @param analysisCount how often it was analysed; more than once when its plan moved on before
 *     it was applied
 * @param decisions every approval decision, also those voided by a re-analysis
 */
public record ChangeView(
    String changeKey,
    String projectKey,
    ChangeStatus status,
    String requestedBy,
    Instant requestedAt,
    String justification,
    List<ChangeItem> changes,
    List<String> described,
    BigDecimal budgetAsked,
    Integer planVersion,
    int analysisCount,
    ChangeImpact impact,
    ChangeClass changeClass,
    String approver,
    String classification,
    String decision,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    Integer appliedPlanVersion,
    Integer baselineVersion,
    Instant closedAt,
    List<DecisionView> decisions) {

  /** One approval decision. */
  public record DecisionView(String decision, String reason, String decidedBy, Instant decidedAt,
      int planVersion, String changeClass, String approver) {

    static DecisionView of(ChangeDecision d) {
      return new DecisionView(d.getDecision(), d.getReason(), d.getDecidedBy(), d.getDecidedAt(),
          d.getPlanVersion(), d.getChangeClass(), d.getApprover());
    }
  }
}
