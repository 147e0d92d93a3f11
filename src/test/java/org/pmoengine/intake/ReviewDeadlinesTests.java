package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReviewDeadlinesTests {

  @Test
  void countsOnlyMondayToFriday() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-11-25T09:30:00Z");

    assertThat(ReviewDeadlines.addWorkingDays(wednesday, 1))
        .isEqualTo("2026-11-26T09:30:00Z");
    assertThat(ReviewDeadlines.addWorkingDays(wednesday, 3))
        .isEqualTo("2026-11-30T09:30:00Z");
  }

  @Test
  void weekendStartCountsFromMonday() {
    ZonedDateTime saturday = ZonedDateTime.parse("2026-11-28T18:00:00Z");

    assertThat(ReviewDeadlines.addWorkingDays(saturday, 1)).isEqualTo("2026-11-30T18:00:00Z");
    assertThat(ReviewDeadlines.addWorkingDays(saturday, 5)).isEqualTo("2026-12-04T18:00:00Z");
  }
}
