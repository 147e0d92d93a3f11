package org.pmoengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.gate.GateFactsBuilder.atGate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pmoengine.gate.GateCriteria;
import org.pmoengine.gate.GateFacts;
import org.pmoengine.gate.GateRecommendation;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Rag;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.DecisionRecordRepository;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.status.HealthFacts;
import org.pmoengine.status.HealthRating;
import org.pmoengine.status.HealthRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Gate recommendations and health ratings stored in the decision log of the database. */
@SpringBootTest
class GateAndHealthDecisionsTests {

  @Autowired GateCriteria criteria;
  @Autowired HealthRules health;
  @Autowired DecisionRecordRepository records;
  @Autowired RuleEngine engine;
  @Autowired ObjectMapper json;

  @Test
  void storesGateRecommendationWithInputsReasonsAndVersion() throws Exception {
    GateFacts facts = atGate(Gate.G2).withEveryDeliverableBut("risk-register").withSlip(12)
        .withCpi("0.85").withSpi("1").withOpenHighRisks(1).withBudget("650000").build();

    GateRecommendation r = criteria.assessAndRecord("PRJ-2026-0901", facts);

    assertThat(r.decisionId()).isNotNull();
    assertThat(r.recommendation()).isEqualTo(Recommendation.RECYCLE);
    DecisionRecord stored = records.findById(r.decisionId()).orElseThrow();
    assertThat(stored.getDecisionArea()).isEqualTo("gate-criteria")
        .isEqualTo(GateCriteria.DECISION_AREA);
    assertThat(stored.getSubjectKey()).isEqualTo("PRJ-2026-0901");
    assertThat(stored.getRulesVersion()).isEqualTo(engine.version()).isEqualTo(r.rulesVersion());
    assertThat(stored.getExplanation()).isEqualTo(r.explanation()).startsWith(
        "Gate G2 (plan and budget baseline) of PRJ-2026-0901: RECYCLE. Recycle: the risk"
            + " register required at G2 is not ticked.");

    JsonNode inputs = json.readTree(stored.getInputs());
    assertThat(inputs.get("gate").asText()).isEqualTo("G2");
    assertThat(inputs.get("forecastSlipDays").asInt()).isEqualTo(12);
    assertThat(inputs.get("cpi").decimalValue()).isEqualByComparingTo("0.85");
    assertThat(inputs.get("budget").decimalValue()).isEqualByComparingTo("650000");
    assertThat(inputs.get("tickedDeliverables").toString())
        .isEqualTo("[\"budget\",\"plan-baseline\"]");

    JsonNode outcome = json.readTree(stored.getOutcome());
    assertThat(outcome.get("recommendation").asText()).isEqualTo("RECYCLE");
    assertThat(outcome.get("boardOfAll").asBoolean()).isTrue();
    assertThat(outcome.get("missingDeliverables").get(0).asText()).isEqualTo("risk-register");
    assertThat(outcome.get("reasons")).hasSize(3);

    JsonNode contributions = json.readTree(stored.getContributions());
    assertThat(contributions).hasSize(r.contributions().size()).hasSize(4);
    assertThat(contributions.get(0).get("rule").asText()).isEqualTo(
        "A required deliverable that is not ticked recycles the project to its stage");
  }

  @Test
  void storesHealthRatingUnderItsOwnArea() throws Exception {
    HealthRating r = health.assessAndRecord("PRJ-2026-0902",
        new HealthFacts(8, new BigDecimal("0.8"), new BigDecimal("0.97"), 0, 0));

    assertThat(r.rag()).isEqualTo(Rag.RED);
    DecisionRecord stored = records.findById(r.decisionId()).orElseThrow();
    assertThat(stored.getDecisionArea()).isEqualTo("project-health");
    assertThat(stored.getSubjectKey()).isEqualTo("PRJ-2026-0902");
    assertThat(stored.getExplanation()).isEqualTo("Health of PRJ-2026-0902: RED. Amber: the"
        + " forecast finish slips 8 working days behind the baseline, more than 5. Red: the CPI"
        + " 0.8 is under 0.85.");
    assertThat(json.readTree(stored.getOutcome()).get("rag").asText()).isEqualTo("RED");
    assertThat(json.readTree(stored.getInputs()).get("slipDays").asInt()).isEqualTo(8);
    assertThat(records.findByDecisionAreaAndSubjectKeyOrderByDecidedAtDesc(
        "project-health", "PRJ-2026-0902")).hasSize(1);
  }
}
