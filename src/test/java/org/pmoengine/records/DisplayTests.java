package org.pmoengine.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Amounts, dates and codes as forms, task names and mails show them. */
class DisplayTests {

  @Test
  void amountsHaveThousandsSeparatorsInWholeUnits() {
    assertThat(Display.euros(new BigDecimal("900000"))).isEqualTo("900,000 EUR");
    assertThat(Display.euros(new BigDecimal("900000.00"))).isEqualTo("900,000 EUR");
    assertThat(Display.euros(new BigDecimal("45000.5"))).isEqualTo("45,001 EUR");
    assertThat(Display.amount(new BigDecimal("-1234.49"), null)).isEqualTo("-1,234");
    assertThat(Display.euros(null)).isEmpty();
  }

  @Test
  void datesReadAsDayMonthYear() {
    assertThat(Display.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 Dec 2026");
    assertThat(Display.date((Date) null)).isEmpty();
  }

  @Test
  void codesReadAsWordsButGatesAndClassesStay() {
    assertThat(Display.words("WITHIN_TOLERANCE")).isEqualTo("Within tolerance");
    assertThat(Display.words("gate-board")).isEqualTo("Gate board");
    assertThat(Display.words("GO")).isEqualTo("Go");
    assertThat(Display.words("G2")).isEqualTo("G2");
    assertThat(Display.words("P1")).isEqualTo("P1");
    assertThat(Display.words((String) null)).isEmpty();
  }

  @Test
  void aTaskNameCarriesTheKeyAndTitleAndFitsTheEngineColumn() {
    assertThat(TaskHeading.of("PMO triage", "REQ-2026-0004", "Field-service ticketing", null)
        .name()).isEqualTo("PMO triage: REQ-2026-0004 Field-service ticketing");
    assertThat(TaskHeading.of("Status report", "PRJ-2026-0001", null, null).name())
        .isEqualTo("Status report: PRJ-2026-0001");
    assertThat(TaskHeading.of("PMO triage", "REQ-2026-0004", "x".repeat(400), null).name())
        .hasSize(255).startsWith("PMO triage: REQ-2026-0004 xxx").endsWith("…");
  }
}
