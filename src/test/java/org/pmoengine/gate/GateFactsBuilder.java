package org.pmoengine.gate;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmoengine.budget.BudgetOutcome;
import org.pmoengine.project.Gate;

/**
 * Test data: {@code atGate(Gate.G2).withEveryDeliverable().withCpi("0.85").build()}. By default a
 * healthy project of 200,000 with nothing ticked, on plan, with no open high risk.
 */
public final class GateFactsBuilder {

  private static final Map<Gate, List<String>> DELIVERABLES = Map.of(
      Gate.G1, List.of("business-case", "sponsor-sign-off"),
      Gate.G2, List.of("plan-baseline", "budget", "risk-register"),
      Gate.G3, List.of("test-report", "go-live-plan", "training"),
      Gate.G4, List.of("acceptance", "lessons-learned", "handover"));

  private final Gate gate;
  private final Set<String> ticked = new LinkedHashSet<>();
  private Integer slip;
  private BigDecimal cpi = BigDecimal.ONE;
  private BigDecimal spi = BigDecimal.ONE;
  private int openHighRisks;
  private int overdueIssues;
  private BigDecimal budget = new BigDecimal("200000");
  private BudgetOutcome budgetOutcome = BudgetOutcome.WITHIN_TOLERANCE;

  private GateFactsBuilder(Gate gate) {
    this.gate = gate;
    this.slip = gate == Gate.G1 ? null : 0;
    if (gate == Gate.G1) {
      cpi = null;
      spi = null;
    }
  }

  public static GateFactsBuilder atGate(Gate gate) {
    return new GateFactsBuilder(gate);
  }

  /** Ticks every deliverable the gate requires in the rules of this project. */
  public GateFactsBuilder withEveryDeliverable() {
    ticked.addAll(DELIVERABLES.get(gate));
    return this;
  }

  public GateFactsBuilder withEveryDeliverableBut(String missing) {
    withEveryDeliverable();
    ticked.remove(missing);
    return this;
  }

  public GateFactsBuilder ticking(String... ids) {
    ticked.addAll(List.of(ids));
    return this;
  }

  public GateFactsBuilder withSlip(Integer workingDays) {
    this.slip = workingDays;
    return this;
  }

  public GateFactsBuilder withCpi(String cpi) {
    this.cpi = cpi == null ? null : new BigDecimal(cpi);
    return this;
  }

  public GateFactsBuilder withSpi(String spi) {
    this.spi = spi == null ? null : new BigDecimal(spi);
    return this;
  }

  public GateFactsBuilder withOpenHighRisks(int count) {
    this.openHighRisks = count;
    return this;
  }

  public GateFactsBuilder withOverdueIssues(int count) {
    this.overdueIssues = count;
    return this;
  }

  public GateFactsBuilder withBudget(String budget) {
    this.budget = new BigDecimal(budget);
    return this;
  }

  public GateFactsBuilder withBudgetOutcome(BudgetOutcome outcome) {
    this.budgetOutcome = outcome;
    return this;
  }

  public GateFacts build() {
    return new GateFacts(gate, ticked, slip, cpi, spi, openHighRisks, overdueIssues, budget,
        budgetOutcome);
  }
}
