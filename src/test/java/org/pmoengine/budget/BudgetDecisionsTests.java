package org.pmoengine.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.DecisionRecordRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Budget verdicts stored in the decision log of the database. */
@SpringBootTest
class BudgetDecisionsTests {

  @Autowired BudgetRules budgetRules;
  @Autowired DecisionRecordRepository records;
  @Autowired ObjectMapper json;

  @Test
  void storesBudgetVerdictWithEarnedValueApprovalsAndExplanation() throws Exception {
    BigDecimal budget = new BigDecimal("100000");
    EarnedValue ev = EarnedValue.of(budget, 0.5, 0.4, new BigDecimal("52000"));

    BudgetVerdict v = budgetRules.assessAndRecord("PRJ-2026-0903", ev, budget);

    assertThat(v.decisionId()).isNotNull();
    DecisionRecord stored = records.findById(v.decisionId()).orElseThrow();
    assertThat(stored.getDecisionArea()).isEqualTo("budget-validation");
    assertThat(stored.getSubjectKey()).isEqualTo("PRJ-2026-0903");
    assertThat(stored.getRulesVersion()).isEqualTo(v.rulesVersion());
    assertThat(stored.getExplanation()).isEqualTo(v.explanation())
        .startsWith("Budget of PRJ-2026-0903: far over the tolerance, approval by finance and the gate board.");

    JsonNode inputs = json.readTree(stored.getInputs());
    assertThat(inputs.get("budget").decimalValue()).isEqualByComparingTo("100000");
    assertThat(inputs.get("earnedValue").get("estimateAtCompletion").decimalValue())
        .isEqualByComparingTo("130000");
    assertThat(inputs.get("earnedValue").get("costPerformanceIndex").decimalValue())
        .isEqualByComparingTo("0.769");

    JsonNode outcome = json.readTree(stored.getOutcome());
    assertThat(outcome.get("warningLevel").asText()).isEqualTo("CRITICAL");
    assertThat(outcome.get("requiredApprovals").get(0).asText()).isEqualTo("finance");
    assertThat(outcome.get("requiredApprovals").get(1).asText()).isEqualTo("gate-board");
    assertThat(outcome.get("variancePercent").decimalValue()).isEqualByComparingTo("30");
    assertThat(json.readTree(stored.getContributions())).hasSize(2);
  }
}
