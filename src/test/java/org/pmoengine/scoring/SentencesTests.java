package org.pmoengine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SentencesTests {

  @Test
  void writesWholeNumbersWithThousandsSeparators() {
    assertThat(Sentences.format("{0} {1} {2} {3} {4}", 0, 7, 250000, 1000005, 1234567890L))
        .isEqualTo("0 7 250,000 1,000,005 1,234,567,890");
  }

  @Test
  void writesFractionsWithOneDecimalAndDropsZeroDecimals() {
    assertThat(Sentences.format("{0} {1} {2} {3} {4}", 0.375, 6.6666, 15.0, 300000.0,
        new BigDecimal("250000.04"))).isEqualTo("0.4 6.7 15 300,000 250,000");
    assertThat(Sentences.number(1.05)).isEqualTo("1.1");
  }

  @Test
  void leavesTextAndUnknownPlaceholdersAlone() {
    assertThat(Sentences.format("{0} strategic alignment ({1}/5) {9}", "high", 4))
        .isEqualTo("high strategic alignment (4/5) {9}");
    assertThat(Sentences.format("no values")).isEqualTo("no values");
  }
}
