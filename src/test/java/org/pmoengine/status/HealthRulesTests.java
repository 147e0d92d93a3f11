package org.pmoengine.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmoengine.project.Rag;
import org.pmoengine.scoring.RuleContribution;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.scoring.RulesProperties;

/** Worked examples of rules/project-health.drl: the RAG status and its reasons. */
class HealthRulesTests {

  static final String PROJECT = "PRJ-2026-0002";
  static HealthRules health;

  @BeforeAll
  static void loadRules() {
    health = new HealthRules(new RuleEngine(new RulesProperties(null)), null);
  }

  static HealthFacts facts(Integer slip, String cpi, String spi, int highRisks, int overdue) {
    return new HealthFacts(slip, cpi == null ? null : new BigDecimal(cpi),
        spi == null ? null : new BigDecimal(spi), highRisks, overdue);
  }

  @Test
  void ratesAProjectOnPlanAndBudgetGreen() {
    HealthRating r = health.assess(PROJECT, facts(2, "1.02", "0.98", 0, 1));

    assertThat(r.rag()).isEqualTo(Rag.GREEN);
    assertThat(r.reasons()).containsExactly(
        "Green: slip, CPI, SPI, high risks and overdue issues are all within their limits");
    assertThat(r.explanation()).isEqualTo("Health of PRJ-2026-0002: GREEN. Green: slip, CPI,"
        + " SPI, high risks and overdue issues are all within their limits.");
    assertThat(r.contributions()).extracting(RuleContribution::rule)
        .containsExactly("A project with no warning sign is green");
  }

  @Test
  void ratesAProjectWithoutBaselineOrCostGreen() {
    assertThat(health.assess(PROJECT, facts(null, null, null, 0, 0)).rag()).isEqualTo(Rag.GREEN);
  }

  @Test
  void ratesASlippingProjectWithAnOpenHighRiskAmberWithBothReasons() {
    HealthRating r = health.assess(PROJECT, facts(8, "0.97", "0.93", 1, 0));

    assertThat(r.rag()).isEqualTo(Rag.AMBER);
    assertThat(r.reasons()).containsExactly(
        "Amber: the forecast finish slips 8 working days behind the baseline, more than 5",
        "Amber: the SPI 0.93 is under 0.95",
        "Amber: the number of open high risks is 1");
    assertThat(r.explanation()).isEqualTo("Health of PRJ-2026-0002: AMBER. Amber: the forecast"
        + " finish slips 8 working days behind the baseline, more than 5. Amber: the SPI 0.93 is"
        + " under 0.95. Amber: the number of open high risks is 1.");
  }

  @Test
  void ratesACostOverrunRedEvenWhenTheRestIsAmber() {
    HealthRating r = health.assess(PROJECT, facts(3, "0.8", "0.9", 0, 4));

    assertThat(r.rag()).isEqualTo(Rag.RED);
    assertThat(r.reasons()).containsExactly(
        "Red: the CPI 0.8 is under 0.85",
        "Amber: the SPI 0.9 is under 0.95",
        "Amber: 4 open issues are overdue, more than 2");
    assertThat(r.explanation()).isEqualTo("Health of PRJ-2026-0002: RED. Red: the CPI 0.8 is"
        + " under 0.85. Amber: the SPI 0.9 is under 0.95. Amber: 4 open issues are overdue, more"
        + " than 2.");
  }

  @Test
  void ratesEverySignRedWhenTheProjectIsInTrouble() {
    HealthRating r = health.assess(PROJECT, facts(20, "0.7", "0.6", 3, 7));

    assertThat(r.rag()).isEqualTo(Rag.RED);
    assertThat(r.reasons()).containsExactly(
        "Red: the forecast finish slips 20 working days behind the baseline, more than 15",
        "Red: the CPI 0.7 is under 0.85",
        "Red: the SPI 0.6 is under 0.85",
        "Red: 3 high risks are open, 3 or more",
        "Red: 7 open issues are overdue, more than 5");
  }

  @ParameterizedTest(name = "slip {0}, CPI {1}, SPI {2}, high risks {3}, overdue {4} -> {5}")
  @CsvSource(nullValues = "null", textBlock = """
      5,    0.95,  0.95,  0, 2, GREEN
      6,    0.95,  0.95,  0, 2, AMBER
      15,   0.95,  0.95,  0, 2, AMBER
      16,   0.95,  0.95,  0, 2, RED
      -10,  0.95,  0.95,  0, 2, GREEN
      0,    0.949, 0.95,  0, 2, AMBER
      0,    0.85,  0.95,  0, 2, AMBER
      0,    0.849, 0.95,  0, 2, RED
      0,    0.95,  0.949, 0, 2, AMBER
      0,    0.95,  0.85,  0, 2, AMBER
      0,    0.95,  0.849, 0, 2, RED
      0,    null,  null,  0, 0, GREEN
      0,    1,     1,     1, 0, AMBER
      0,    1,     1,     2, 0, AMBER
      0,    1,     1,     3, 0, RED
      0,    1,     1,     0, 3, AMBER
      0,    1,     1,     0, 5, AMBER
      0,    1,     1,     0, 6, RED
      """)
  void appliesEachBandAtItsBoundary(Integer slip, String cpi, String spi, int highRisks,
      int overdue, Rag expected) {
    HealthRating r = health.assess(PROJECT, facts(slip, cpi, spi, highRisks, overdue));

    assertThat(r.rag()).isEqualTo(expected);
    assertThat(r.reasons()).hasSize(1);
    assertThat(r.reasons().get(0)).startsWith(
        expected.name().charAt(0) + expected.name().substring(1).toLowerCase() + ":");
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> facts(0, null, null, 0, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overdueIssues");
  }
}
