package org.pmoengine.scoring.bench;

import org.pmoengine.intake.IntakeAssessment;
import org.pmoengine.intake.IntakeScore;
import org.pmoengine.intake.Route;
import org.pmoengine.intake.ScoringInput;





/**
 * rules/intake-scoring.drl written out by hand in plain Java: the same weights, bands,
 * thresholds, rule names and sentences, in the same firing order. Only the benchmark uses it,
 * as the yardstick for the rules; {@code PlainJavaIntakeScoringTests} checks that both agree.
 */
public final class PlainJavaIntakeScoring {

  private final String rulesVersion;

  public PlainJavaIntakeScoring(String rulesVersion) {
    this.rulesVersion = rulesVersion;
  }

  public IntakeScore score(ScoringInput input) {
    return assess(input).toScore(rulesVersion, null);
  }

  /** The decision alone, with the sentences not yet written. */
  public IntakeAssessment assess(ScoringInput input) {
    IntakeAssessment a = new IntakeAssessment(input);
    criteria(a);
    jobSize(a);
    int costOfDelay = a.getBusinessValue() + a.getTimeCriticality() + a.getRiskReductionOpportunity();
    double wsjf = costOfDelay / (double) a.getJobSize();
    a.wsjf("Cost of delay over job size earns up to 20 points of WSJF", wsjf, 20 * wsjf / 15.0,
        "WSJF {0} from cost of delay {1} over job size {2}", wsjf, costOfDelay, a.getJobSize());
    priorityClass(a, a.settleScore());
    route(a);
    return a;
  }

  private static void criteria(IntakeAssessment a) {
    int r = a.getStrategicAlignment();
    a.criterion("Strategic alignment earns up to 20 points", 20, 20 * (r - 1) / 4.0,
        "{0} strategic alignment ({1}/5)", level(r), r);
    r = a.getBusinessValue();
    a.criterion("Business value earns up to 20 points", 20, 20 * (r - 1) / 4.0,
        "{0} business value ({1}/5)", level(r), r);
    r = a.getTimeCriticality();
    a.criterion("Time criticality earns up to 12 points", 12, 12 * (r - 1) / 4.0,
        "{0} time criticality ({1}/5)", level(r), r);
    r = a.getRiskReductionOpportunity();
    a.criterion("Risk reduction or opportunity enablement earns up to 12 points", 12,
        12 * (r - 1) / 4.0, "{0} risk reduction or opportunity enablement ({1}/5)", level(r), r);
    r = a.getDeliveryRisk();
    a.criterion("Low delivery risk earns up to 16 points", 16, 16 * (5 - r) / 4.0,
        "{0} delivery risk ({1}/5)", level(r), r);
  }

  private static void jobSize(IntakeAssessment a) {
    int d = a.getEffortPersonDays();
    if (d <= 20) {
      a.jobSize("Effort up to 20 person-days is a job of size 1", 1,
          "Job size 1 for an effort of {0} person-days", d);
    } else if (d <= 60) {
      a.jobSize("Effort over 20 and up to 60 person-days is a job of size 2", 2,
          "Job size 2 for an effort of {0} person-days", d);
    } else if (d <= 120) {
      a.jobSize("Effort over 60 and up to 120 person-days is a job of size 3", 3,
          "Job size 3 for an effort of {0} person-days", d);
    } else if (d <= 200) {
      a.jobSize("Effort over 120 and up to 200 person-days is a job of size 5", 5,
          "Job size 5 for an effort of {0} person-days", d);
    } else {
      a.jobSize("Effort over 200 person-days is a job of size 8", 8,
          "Job size 8 for an effort of {0} person-days", d);
    }
  }

  private static void priorityClass(IntakeAssessment a, int score) {
    if (score >= 75) {
      a.classify("A score of 75 or more is priority P1", "P1", "Priority P1 for a score of 75 or more");
    } else if (score >= 55) {
      a.classify("A score of 55 to 74 is priority P2", "P2", "Priority P2 for a score of 55 to 74");
    } else if (score >= 35) {
      a.classify("A score of 35 to 54 is priority P3", "P3", "Priority P3 for a score of 35 to 54");
    } else {
      a.classify("A score under 35 is priority P4", "P4", "Priority P4 for a score under 35");
    }
  }

  private static void route(IntakeAssessment a) {
    a.route("Every request goes to PMO triage", Route.PMO, "Routed to PMO triage");
    boolean regulatory = "regulatory".equals(a.getCategory());
    if (a.isMandatory()) {
      a.fastLane("A mandatory request takes the fast lane with top priority", "P1",
          "Fast lane with priority P1 because the request is mandatory");
    } else if (regulatory) {
      a.fastLane("A regulatory request takes the fast lane with top priority", "P1",
          "Fast lane with priority P1 because the request is regulatory");
    } else {
      if (a.getRequestedBudget() > 250000) {
        a.route("A budget over 250,000 takes the request on to the portfolio board", Route.BOARD,
            "The portfolio board reviews it after PMO triage because the budget {0} exceeds {1}",
            a.getRequestedBudget(), 250000);
      }
      if (a.getEffortPersonDays() > 200) {
        a.route("An effort over 200 person-days takes the request on to the portfolio board",
            Route.BOARD,
            "The portfolio board reviews it after PMO triage because the effort of {0} person-days exceeds {1}",
            a.getEffortPersonDays(), 200);
      }
    }
  }

  private static String level(int rating) {
    return rating >= 5 ? "very high" : rating == 4 ? "high" : rating == 3 ? "medium"
        : rating == 2 ? "low" : "very low";
  }
}
