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
  // per thread, so that several stories can be told at once, each at its own moment
  private final ThreadLocal<Instant> fixed;

  public DemoClock(ZoneId zone) {
    this(zone, new ThreadLocal<>());
  }

  private DemoClock(ZoneId zone, ThreadLocal<Instant> fixed) {
    this.zone = zone;
    this.fixed = fixed;
  }

  /** Stops the clock at the given moment for the calling thread, until {@link #release()}. */
  void set(Instant instant) {
    fixed.set(instant);
  }

  /** Back to the system clock for the calling thread. */
  void release() {
    fixed.remove();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new DemoClock(other, fixed);
  }

  @Override
  public Instant instant() {
    Instant at = fixed.get();
    return at != null ? at : Instant.now();
  }
}
