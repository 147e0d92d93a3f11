package org.pmoengine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.RequestForm;
import org.pmoengine.portfolio.IntakePipeline.Pipeline;
import org.pmoengine.portfolio.IntakePipeline.Row;

/** The cut-line's edges, worked out by hand on requests in a given rank order. */
class IntakePipelineCutTests {

  @Test
  void aRunningTotalEqualToTheEnvelopeStillFits() {
    Pipeline pipeline = IntakePipeline.cut(List.of(request("A", 600_000), request("B", 400_000),
        request("C", 1)), new BigDecimal("1000000"), Set.of());

    assertThat(pipeline.rows()).extracting(Row::aboveCut).containsExactly(true, true, false);
    assertThat(pipeline.cutBefore()).isEqualTo(2);
    assertThat(pipeline.headroom()).isEqualByComparingTo("0");
  }

  @Test
  void aFirstRequestLargerThanTheEnvelopePutsEveryRequestBelowTheLine() {
    Pipeline pipeline = IntakePipeline.cut(List.of(request("A", 1_200_000),
        request("B", 100_000)), new BigDecimal("1000000"), Set.of());

    assertThat(pipeline.cutBefore()).isZero();
    assertThat(pipeline.rows()).extracting(Row::aboveCut).containsExactly(false, false);
    assertThat(pipeline.withinTotal()).isEqualByComparingTo("0");
    assertThat(pipeline.belowTotal()).isEqualByComparingTo("1300000");
    assertThat(pipeline.headroom()).isEqualByComparingTo("1000000");
  }

  @Test
  void onceCrossedTheLineStaysEvenIfASmallerRequestWouldStillFit() {
    // 500,000 + 600,000 crosses 1,000,000; the 100,000 after it is below the line all the same
    Pipeline pipeline = IntakePipeline.cut(List.of(request("A", 500_000), request("B", 600_000),
        request("C", 100_000)), new BigDecimal("1000000"), Set.of());

    assertThat(pipeline.rows()).extracting(Row::cumulative).usingElementComparator(
        BigDecimal::compareTo).containsExactly(new BigDecimal("500000"),
        new BigDecimal("1100000"), new BigDecimal("1200000"));
    assertThat(pipeline.rows()).extracting(Row::aboveCut).containsExactly(true, false, false);
    assertThat(pipeline.cutBefore()).isEqualTo(1);
  }

  @Test
  void leftOutRequestsKeepTheirRankButAddNothing() {
    Pipeline pipeline = IntakePipeline.cut(List.of(request("A", 500_000), request("B", 600_000),
        request("C", 100_000)), new BigDecimal("1000000"), Set.of("B"));

    assertThat(pipeline.rows()).extracting(Row::rank).containsExactly(1, 2, 3);
    assertThat(pipeline.rows()).extracting(Row::counted).containsExactly(true, false, true);
    assertThat(pipeline.rows().get(2).cumulative()).isEqualByComparingTo("600000");
    assertThat(pipeline.cutBefore()).isNull();
    assertThat(pipeline.leftOutTotal()).isEqualByComparingTo("600000");
    assertThat(pipeline.leftOutCount()).isEqualTo(1);
  }

  private static ProjectRequest request(String key, long budget) {
    return new ProjectRequest(key, new RequestForm("Request " + key, "s", "b", "sponsor", "IT",
        "operational", false, BigDecimal.valueOf(budget), 10, LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 6, 30), 3, 3, 3, 3, 3), "someone", Instant.parse("2026-11-27T10:00:00Z"));
  }
}
