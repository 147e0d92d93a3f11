package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.intake.ScoringInputBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.DecisionRecordRepository;
import org.pmoengine.scoring.RuleEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Scoring through the Spring context, with the decision stored in the database. */
@SpringBootTest
class IntakeScoringTests {

  @Autowired IntakeScoring scoring;
  @Autowired DecisionRecordRepository records;
  @Autowired RuleEngine engine;
  @Autowired ObjectMapper json;

  @Test
  void storesDecisionWithInputsContributionsExplanationAndVersion() throws Exception {
    ScoringInput input = aRequest().withBudget(300_000).withEffort(45)
        .withRatings(4, 4, 3, 3, 2).build();

    IntakeScore score = scoring.scoreAndRecord("REQ-2026-0901", input, null);

    assertThat(score.decisionId()).isNotNull();
    DecisionRecord stored = records.findById(score.decisionId()).orElseThrow();
    assertThat(stored.getDecisionArea()).isEqualTo("intake-scoring");
    assertThat(stored.getSubjectKey()).isEqualTo("REQ-2026-0901");
    assertThat(stored.getRulesVersion()).isEqualTo(engine.version()).isEqualTo(score.rulesVersion());
    assertThat(stored.getExplanation()).isEqualTo(score.explanation())
        .startsWith("Scored 61 (P2): high strategic alignment (4/5) (+15)");
    assertThat(stored.getDecidedAt()).isNotNull();

    JsonNode inputs = json.readTree(stored.getInputs());
    assertThat(inputs.get("category").asText()).isEqualTo("strategic");
    assertThat(inputs.get("requestedBudget").decimalValue()).isEqualByComparingTo("300000");
    assertThat(inputs.get("effortPersonDays").asInt()).isEqualTo(45);
    assertThat(inputs.get("strategicAlignment").asInt()).isEqualTo(4);

    JsonNode outcome = json.readTree(stored.getOutcome());
    assertThat(outcome.get("score").asInt()).isEqualTo(61);
    assertThat(outcome.get("priorityClass").asText()).isEqualTo("P2");
    assertThat(outcome.get("route").asText()).isEqualTo("BOARD");

    JsonNode contributions = json.readTree(stored.getContributions());
    assertThat(contributions).hasSize(score.contributions().size());
    assertThat(contributions.get(0).get("rule").asText())
        .isEqualTo("Strategic alignment earns up to 20 points");
    assertThat(contributions.get(0).get("points").asDouble()).isEqualTo(15.0);
    assertThat(contributions.get(0).get("reason").asText())
        .isEqualTo("high strategic alignment (4/5)");
  }

  @Test
  void scoringAloneStoresNothing() {
    long before = records.count();

    IntakeScore score = scoring.score(aRequest().build());

    assertThat(score.decisionId()).isNull();
    assertThat(records.count()).isEqualTo(before);
  }
}
