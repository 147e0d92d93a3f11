package org.pmoengine.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application clock in the demo: the system clock, except while the demo portfolio is
 * generated, when it is set to each moment of the portfolio's past, so that every record carries
 * the date it would have had (submitted, decided, reported) and not the day of the generation.
 */
public class DemoClock extends Clock {

  private final ZoneId zone;
  private volatile Instant fixed;

  public DemoClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Stops the clock at the given moment, until {@link #release()}. */
  void set(Instant instant) {
    fixed = instant;
  }

  /** Back to the system clock. */
  void release() {
    fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    DemoClock copy = new DemoClock(other);
    copy.fixed = fixed;
    return copy;
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at != null ? at : Instant.now();
  }
}
