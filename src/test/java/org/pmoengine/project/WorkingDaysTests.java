package org.pmoengine.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

  @Test
  void countsOnlyMondayToFriday() {
    ZonedDateTime wednesday = ZonedDateTime.parse("2026-11-25T09:30:00Z");

    assertThat(WorkingDays.after(wednesday, 1))
        .isEqualTo("2026-11-26T09:30:00Z");
    assertThat(WorkingDays.after(wednesday, 3))
        .isEqualTo("2026-11-30T09:30:00Z");
  }

  @Test
  void weekendStartCountsFromMonday() {
    ZonedDateTime saturday = ZonedDateTime.parse("2026-11-28T18:00:00Z");

    assertThat(WorkingDays.after(saturday, 1)).isEqualTo("2026-11-30T18:00:00Z");
    assertThat(WorkingDays.after(saturday, 5)).isEqualTo("2026-12-04T18:00:00Z");
  }
}
