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

/** Worked examples of rules/intake-scoring.drl: score, class, route and explanation. */
class IntakeScoringRulesTests {

  static IntakeScoring scoring;

  @BeforeAll
  static void loadRules() {
    scoring = new IntakeScoring(new RuleEngine(new RulesProperties(null)), null);
  }

  @Test
  void routesMandatoryRequestIntoFastLaneWithTopPriorityWhateverItsSize() {
    IntakeScore score = scoring.score(aRequest().mandatory().withCategory("operational")
        .withBudget(500_000).withEffort(300).withRatings(2, 2, 2, 2, 4).build());

    assertThat(score.score()).isEqualTo(21);
    assertThat(score.priorityClass()).isEqualTo("P1");
    assertThat(score.route()).isEqualTo(Route.FAST_LANE);
    assertThat(score.wsjf()).isEqualTo(0.75);
    assertThat(score.explanation()).isEqualTo("Scored 21 (P1): low strategic alignment (2/5) (+5),"
        + " low business value (2/5) (+5), low time criticality (2/5) (+3), low risk reduction or"
        + " opportunity enablement (2/5) (+3), high delivery risk (4/5) (+4), WSJF 0.8 from cost"
        + " of delay 6 over job size 8 (+1). Job size 8 for an effort of 300 person-days. Priority"
        + " P4 for a score under 35. Routed to PMO triage. Fast lane with priority P1 because the"
        + " request is mandatory.");
    assertThat(score.contributions()).extracting(RuleContribution::rule)
        .doesNotContain("A budget over 250,000 takes the request on to the portfolio board");
  }

  @Test
  void routesRegulatoryRequestIntoFastLane() {
    IntakeScore score = scoring.score(aRequest().withCategory("regulatory")
        .withBudget(100_000).withEffort(40).withRatings(3, 3, 5, 4, 3).build());

    assertThat(score.score()).isEqualTo(57);
    assertThat(score.priorityClass()).isEqualTo("P1");
    assertThat(score.route()).isEqualTo(Route.FAST_LANE);
    assertThat(score.weightedScore()).isEqualTo(61.25);
    assertThat(score.explanation()).isEqualTo("Scored 57 (P1): medium strategic alignment (3/5)"
        + " (+10), medium business value (3/5) (+10), very high time criticality (5/5) (+12), high"
        + " risk reduction or opportunity enablement (4/5) (+9), medium delivery risk (3/5) (+8),"
        + " WSJF 6 from cost of delay 12 over job size 2 (+8). Job size 2 for an effort of 40"
        + " person-days. Priority P2 for a score of 55 to 74. Routed to PMO triage. Fast lane with"
        + " priority P1 because the request is regulatory.");
  }

  @Test
  void sendsSmallRequestToPmoTriageOnly() {
    IntakeScore score = scoring.score(aRequest().withCategory("strategic")
        .withBudget(80_000).withEffort(15).withRatings(5, 4, 4, 3, 1).build());

    assertThat(score.score()).isEqualTo(81);
    assertThat(score.priorityClass()).isEqualTo("P1");
    assertThat(score.route()).isEqualTo(Route.PMO);
    assertThat(score.explanation()).isEqualTo("Scored 81 (P1): very high strategic alignment"
        + " (5/5) (+20), high business value (4/5) (+15), high time criticality (4/5) (+9), medium"
        + " risk reduction or opportunity enablement (3/5) (+6), very low delivery risk (1/5)"
        + " (+16), WSJF 11 from cost of delay 11 over job size 1 (+14.7). Job size 1 for an effort"
        + " of 15 person-days. Priority P1 for a score of 75 or more. Routed to PMO triage.");
  }

  @Test
  void sendsLargeBudgetToPmoTriageThenPortfolioBoard() {
    IntakeScore score = scoring.score(aRequest().withCategory("strategic")
        .withBudget(300_000).withEffort(45).withRatings(4, 4, 3, 3, 2).build());

    assertThat(score.score()).isEqualTo(61);
    assertThat(score.priorityClass()).isEqualTo("P2");
    assertThat(score.route()).isEqualTo(Route.BOARD);
    assertThat(score.weightedScore()).isEqualTo(67.5);
    assertThat(score.wsjf()).isEqualTo(5.0);
    assertThat(score.explanation()).isEqualTo("Scored 61 (P2): high strategic alignment (4/5)"
        + " (+15), high business value (4/5) (+15), medium time criticality (3/5) (+6), medium"
        + " risk reduction or opportunity enablement (3/5) (+6), low delivery risk (2/5) (+12),"
        + " WSJF 5 from cost of delay 10 over job size 2 (+6.7). Job size 2 for an effort of 45"
        + " person-days. Priority P2 for a score of 55 to 74. Routed to PMO triage. The portfolio"
        + " board reviews it after PMO triage because the budget 300,000 exceeds 250,000.");
    assertThat(score.contributions()).hasSize(10);
    assertThat(score.contributions().get(0)).isEqualTo(new RuleContribution(
        "Strategic alignment earns up to 20 points", 15, "high strategic alignment (4/5)"));
  }

  @Test
  void sendsLargeEffortToPmoTriageThenPortfolioBoard() {
    IntakeScore score = scoring.score(aRequest().withCategory("operational")
        .withBudget(200_000).withEffort(250).withRatings(3, 3, 3, 3, 3).build());

    assertThat(score.score()).isEqualTo(42);
    assertThat(score.priorityClass()).isEqualTo("P3");
    assertThat(score.route()).isEqualTo(Route.BOARD);
    assertThat(score.explanation()).isEqualTo("Scored 42 (P3): medium strategic alignment (3/5)"
        + " (+10), medium business value (3/5) (+10), medium time criticality (3/5) (+6), medium"
        + " risk reduction or opportunity enablement (3/5) (+6), medium delivery risk (3/5) (+8),"
        + " WSJF 1.1 from cost of delay 9 over job size 8 (+1.5). Job size 8 for an effort of 250"
        + " person-days. Priority P3 for a score of 35 to 54. Routed to PMO triage. The portfolio"
        + " board reviews it after PMO triage because the effort of 250 person-days exceeds 200.");
  }

  @Test
  void givesBothReasonsWhenBudgetAndEffortAreLarge() {
    IntakeScore score = scoring.score(aRequest().withBudget(1_000_000).withEffort(400).build());

    assertThat(score.route()).isEqualTo(Route.BOARD);
    assertThat(score.explanation()).endsWith("Routed to PMO triage. The portfolio board reviews it"
        + " after PMO triage because the budget 1,000,000 exceeds 250,000. The portfolio board"
        + " reviews it after PMO triage because the effort of 400 person-days exceeds 200.");
  }

  @ParameterizedTest(name = "budget {0}, effort {1} -> {2}, job size rule ''{3}''")
  @CsvSource(delimiter = '|', textBlock = """
      250000    | 200 | PMO   | Effort over 120 and up to 200 person-days is a job of size 5
      250000.01 | 200 | BOARD | Effort over 120 and up to 200 person-days is a job of size 5
      250000    | 201 | BOARD | Effort over 200 person-days is a job of size 8
      0         | 20  | PMO   | Effort up to 20 person-days is a job of size 1
      0         | 21  | PMO   | Effort over 20 and up to 60 person-days is a job of size 2
      0         | 60  | PMO   | Effort over 20 and up to 60 person-days is a job of size 2
      0         | 61  | PMO   | Effort over 60 and up to 120 person-days is a job of size 3
      0         | 120 | PMO   | Effort over 60 and up to 120 person-days is a job of size 3
      0         | 121 | PMO   | Effort over 120 and up to 200 person-days is a job of size 5
      """)
  void appliesBoardLimitsAndJobSizeBandsAtTheirBoundaries(
      String budget, int effort, Route route, String jobSizeRule) {
    IntakeScore score = scoring.score(aRequest().withBudget(budget).withEffort(effort).build());

    assertThat(score.route()).isEqualTo(route);
    assertThat(score.contributions()).extracting(RuleContribution::rule).contains(jobSizeRule);
  }

  @ParameterizedTest(name = "ratings {0}{1}{2}{3}{4}, effort {5} -> {6} {7}")
  @CsvSource(textBlock = """
      2, 4, 5, 5, 2, 10, 75, P1
      1, 4, 5, 5, 1, 10, 74, P2
      1, 1, 5, 5, 1, 10, 55, P2
      1, 3, 2, 5, 1, 10, 54, P3
      1, 1, 2, 5, 1, 100, 35, P3
      1, 1, 2, 5, 3, 10, 34, P4
      """)
  void classesScoresAtTheThresholds(int strategic, int value, int time, int risk, int delivery,
      int effort, int expectedScore, String expectedClass) {
    IntakeScore score = scoring.score(aRequest().withEffort(effort)
        .withRatings(strategic, value, time, risk, delivery).build());

    assertThat(score.score()).isEqualTo(expectedScore);
    assertThat(score.priorityClass()).isEqualTo(expectedClass);
  }

  @Test
  void scoresLowestRatingsNearZero() {
    IntakeScore score = scoring.score(aRequest().withEffort(300).withRatings(1, 1, 1, 1, 5).build());

    assertThat(score.score()).isEqualTo(1);
    assertThat(score.weightedScore()).isZero();
    assertThat(score.wsjf()).isEqualTo(0.375);
    assertThat(score.priorityClass()).isEqualTo("P4");
    assertThat(score.route()).isEqualTo(Route.BOARD);
    assertThat(score.explanation()).startsWith("Scored 1 (P4): very low strategic alignment (1/5)"
        + " (+0), very low business value (1/5) (+0), very low time criticality (1/5) (+0), very"
        + " low risk reduction or opportunity enablement (1/5) (+0), very high delivery risk (5/5)"
        + " (+0), WSJF 0.4 from cost of delay 3 over job size 8 (+0.5).");
  }

  @Test
  void scoresHighestRatingsOnSmallJobAtOneHundred() {
    IntakeScore score = scoring.score(aRequest().withEffort(10).withRatings(5, 5, 5, 5, 1).build());

    assertThat(score.score()).isEqualTo(100);
    assertThat(score.weightedScore()).isEqualTo(100.0);
    assertThat(score.wsjf()).isEqualTo(15.0);
    assertThat(score.priorityClass()).isEqualTo("P1");
    assertThat(score.route()).isEqualTo(Route.PMO);
    assertThat(score.contributions()).extracting(RuleContribution::points)
        .containsExactly(20.0, 20.0, 12.0, 12.0, 16.0, 0.0, 20.0, 0.0, 0.0);
  }

  @Test
  void recordsTheRulesVersionButNoDecisionWhenOnlyScoring() {
    IntakeScore score = scoring.score(aRequest().build());

    assertThat(score.rulesVersion()).matches("[0-9a-f]{12}");
    assertThat(score.decisionId()).isNull();
  }
}
