package org.pmoengine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of the decision log as the decisions tab shows them: words, not codes. */
class DecisionTextsTests {

  @Test
  void fieldNamesReadAsWords() {
    assertThat(DecisionTexts.label("openHighRisks")).isEqualTo("Open high risks");
    assertThat(DecisionTexts.label("slipDays")).isEqualTo("Slip days");
    assertThat(DecisionTexts.label("cpi")).isEqualTo("CPI");
    assertThat(DecisionTexts.label("rag")).isEqualTo("RAG");
    assertThat(DecisionTexts.label("gate")).isEqualTo("Gate");
  }

  @Test
  void areasAndSubjectsReadAsWords() {
    assertThat(DecisionTexts.area("project-health")).isEqualTo("Health rating");
    assertThat(DecisionTexts.area("change-classification")).isEqualTo("Change classification");
    assertThat(DecisionTexts.area("vendor-rating")).isEqualTo("Vendor rating");
    assertThat(DecisionTexts.subject("PRJ-2026-0001/invoice/7")).isEqualTo("Invoice 7");
    assertThat(DecisionTexts.subject("CHG-2026-0003")).isEqualTo("CHG-2026-0003");
  }

  @Test
  void codesInAStoredSentenceReadAsWords() {
    DecisionTexts texts = new DecisionTexts(new com.fasterxml.jackson.databind.ObjectMapper(),
        new Labels());

    assertThat(texts.words("Health of PRJ-2026-0001: RED. Amber: the CPI 0.897 is under 0.95."))
        .isEqualTo("Health of PRJ-2026-0001: Red. Amber: the CPI 0.897 is under 0.95.");
    assertThat(texts.words("Recommendation GO; the board is GATE_BOARD, EUR amounts"))
        .isEqualTo("Recommendation Go; the board is Gate board, EUR amounts");
  }
}
