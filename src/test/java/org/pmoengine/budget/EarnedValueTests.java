package org.pmoengine.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EarnedValueTests {

  @Test
  void overBudgetAndLateProjectHasIndicesBelowOne() {
    // BAC 100,000; half the work planned, 40 % done, 45,000 spent
    EarnedValue ev = EarnedValue.of(money(100_000), 0.5, 0.4, money(45_000));

    assertThat(ev.plannedValue()).isEqualByComparingTo("50000");
    assertThat(ev.earnedValue()).isEqualByComparingTo("40000");
    assertThat(ev.costVariance()).isEqualByComparingTo("-5000");
    assertThat(ev.scheduleVariance()).isEqualByComparingTo("-10000");
    assertThat(ev.costPerformanceIndex()).isEqualByComparingTo("0.889");
    assertThat(ev.schedulePerformanceIndex()).isEqualByComparingTo("0.800");
    assertThat(ev.estimateAtCompletion()).isEqualByComparingTo("112500");
    assertThat(ev.estimateToComplete()).isEqualByComparingTo("67500");
    assertThat(ev.varianceAtCompletion()).isEqualByComparingTo("-12500");
    assertThat(ev.toCompletePerformanceIndex()).isEqualByComparingTo("1.091");
    assertThat(ev.overrunsBudgetBy(0.10)).isTrue();
    assertThat(ev.overrunsBudgetBy(0.25)).isFalse();
  }

  @Test
  void underBudgetAndEarlyProjectForecastsASaving() {
    EarnedValue ev = EarnedValue.of(money(200_000), 0.25, 0.30, money(48_000));

    assertThat(ev.costPerformanceIndex()).isEqualByComparingTo("1.250");
    assertThat(ev.schedulePerformanceIndex()).isEqualByComparingTo("1.200");
    assertThat(ev.estimateAtCompletion()).isEqualByComparingTo("160000");
    assertThat(ev.varianceAtCompletion()).isEqualByComparingTo("40000");
    assertThat(ev.toCompletePerformanceIndex()).isEqualByComparingTo("0.921");
  }

  @Test
  void beforeAnyCostTheEstimateIsTheBudgetAndCpiIsUndefined() {
    EarnedValue ev = EarnedValue.of(money(80_000), 0.0, 0.0, BigDecimal.ZERO);

    assertThat(ev.costPerformanceIndex()).isNull();
    assertThat(ev.schedulePerformanceIndex()).isNull();
    assertThat(ev.estimateAtCompletion()).isEqualByComparingTo("80000");
    assertThat(ev.estimateToComplete()).isEqualByComparingTo("80000");
    assertThat(ev.varianceAtCompletion()).isEqualByComparingTo("0");
    assertThat(ev.toCompletePerformanceIndex()).isEqualByComparingTo("1.000");
  }

  @Test
  void costWithoutEarnedWorkAddsTheWholeBudgetToWhatIsSpent() {
    EarnedValue ev = EarnedValue.of(money(50_000), 0.2, 0.0, money(5_000));

    assertThat(ev.costPerformanceIndex()).isEqualByComparingTo("0");
    assertThat(ev.estimateAtCompletion()).isEqualByComparingTo("55000");
    assertThat(ev.schedulePerformanceIndex()).isEqualByComparingTo("0");
  }

  @Test
  void spentBudgetLeavesTcpiUndefined() {
    EarnedValue ev = EarnedValue.of(money(10_000), 1.0, 0.9, money(10_000));

    assertThat(ev.toCompletePerformanceIndex()).isNull();
    assertThat(ev.estimateAtCompletion()).isEqualByComparingTo("11111.11");
  }

  @Test
  void refusesFractionsOutsideZeroToOne() {
    assertThatThrownBy(() -> EarnedValue.of(money(1), 1.2, 0, BigDecimal.ZERO))
        .hasMessageContaining("plannedFraction");
  }

  private static BigDecimal money(long amount) {
    return BigDecimal.valueOf(amount);
  }
}
