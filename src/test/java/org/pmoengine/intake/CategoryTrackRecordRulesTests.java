package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.intake.ScoringInputBuilder.aRequest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.scoring.RulesProperties;

/**
 * Worked examples of the lesson of finished projects in rules/intake-scoring.drl: a category that
 * overran its effort has the job of its next request sized on the effort it is likely to take.
 */
class CategoryTrackRecordRulesTests {

  static final String LIKELY_EFFORT_RULE = "A category whose 3 or more finished projects overran"
      + " their effort by 20 % or more has its job sized on the likely effort";

  static IntakeScoring scoring;

  @BeforeAll
  static void loadRules() {
    scoring = new IntakeScoring(new RuleEngine(new RulesProperties(null)), null);
  }

  /** An operational request of 50 person-days, rated 1, 4, 4, 5, 2. */
  static ScoringInput operationalRequest() {
    return aRequest().withCategory("operational").withBudget(100_000).withEffort(50)
        .withRatings(1, 4, 4, 5, 2).build();
  }

  /**
   * The rated criteria give the same 48 points either way: strategic alignment 1/5 → 0, business
   * value 4/5 → 20 × 3/4 = 15, time criticality 4/5 → 12 × 3/4 = 9, risk reduction 5/5 → 12,
   * delivery risk 2/5 → 16 × 3/4 = 12. Cost of delay 4 + 4 + 5 = 13.
   *
   * <p>Without a track record: 50 person-days is a job of size 2, WSJF 13 / 2 = 6.5, worth
   * 20 × 6.5 / 15 = 8.67 points; 48 + 8.67 = 56.67, scored 57, P2.
   *
   * <p>Three finished operational projects overran their effort by 40 %: the job is sized on
   * 50 × 1.4 = 70 person-days, size 3, WSJF 13 / 3 = 4.33, worth 20 × 4.33 / 15 = 5.78 points;
   * 48 + 5.78 = 53.78, scored 54, P3.
   */
  @Test
  void sizesTheJobOfACategoryThatOverranByFortyPercentOnTheLikelyEffort() {
    IntakeScore before = scoring.score(operationalRequest());
    IntakeScore after = scoring.score(operationalRequest(),
        new CategoryTrackRecord("operational", 3, 40.0));

    assertThat(before.wsjf()).isEqualTo(6.5);
    assertThat(before.score()).isEqualTo(57);
    assertThat(before.priorityClass()).isEqualTo("P2");
    assertThat(before.contributions()).extracting(RuleContribution::rule)
        .doesNotContain(LIKELY_EFFORT_RULE);

    assertThat(after.wsjf()).isEqualTo(13 / 3.0);
    assertThat(after.score()).isEqualTo(54);
    assertThat(after.priorityClass()).isEqualTo("P3");
    assertThat(after.weightedScore()).isEqualTo(before.weightedScore()).isEqualTo(60.0);
    assertThat(after.route()).isEqualTo(Route.PMO);
    assertThat(after.contributions()).contains(new RuleContribution(LIKELY_EFFORT_RULE, 0,
        "Projects in category 'operational' overran their effort by 40 % (3 finished projects):"
            + " the job is sized on 70 person-days instead of 50"));
    assertThat(after.explanation()).isEqualTo("Scored 54 (P3): very low strategic alignment"
        + " (1/5) (+0), high business value (4/5) (+15), high time criticality (4/5) (+9), very"
        + " high risk reduction or opportunity enablement (5/5) (+12), low delivery risk (2/5)"
        + " (+12), WSJF 4.3 from cost of delay 13 over job size 3 (+5.8). Projects in category"
        + " 'operational' overran their effort by 40 % (3 finished projects): the job is sized on"
        + " 70 person-days instead of 50. Job size 3 for an effort of 70 person-days. Priority P3"
        + " for a score of 35 to 54. Routed to PMO triage.");
  }

  @ParameterizedTest(name = "{0} projects, overrun {1} % -> job sized on {2} person-days")
  @CsvSource(textBlock = """
      3, 19.9, 50
      2, 40,   50
      3, 0,    50
      3, -30,  50
      3, 20,   60
      4, 37.5, 69
      12, 150, 125
      """)
  void adjustsTheJobOnlyFromEnoughProjectsThatOverranEnough(int projects, double overrunPercent,
      int jobEffort) {
    IntakeScore score = scoring.score(operationalRequest(),
        new CategoryTrackRecord("operational", projects, overrunPercent));

    assertThat(score.contributions()).extracting(RuleContribution::reason)
        .contains("Job size " + (jobEffort <= 60 ? 2 : jobEffort <= 120 ? 3 : 5)
            + " for an effort of " + jobEffort + " person-days");
    assertThat(score.contributions().stream()
        .anyMatch(c -> c.rule().equals(LIKELY_EFFORT_RULE))).isEqualTo(jobEffort != 50);
  }

  @Test
  void ignoresTheTrackRecordOfAnotherCategory() {
    IntakeScore score = scoring.score(operationalRequest(),
        new CategoryTrackRecord("strategic", 5, 80.0));

    assertThat(score).isEqualTo(scoring.score(operationalRequest()));
  }

  /** The lesson sizes the job; whether the portfolio board sees it still goes by the request. */
  @Test
  void keepsTheBoardLimitOnTheRequestedEffort() {
    IntakeScore score = scoring.score(aRequest().withCategory("operational").withEffort(150)
        .build(), new CategoryTrackRecord("operational", 3, 40.0));

    assertThat(score.contributions()).extracting(RuleContribution::reason)
        .contains("Job size 8 for an effort of 210 person-days");
    assertThat(score.route()).isEqualTo(Route.PMO);
  }
}
