package org.pmoengine.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Three computations a minute: a burst of three, then one every 20 seconds, counted per user.
 * The waits below are worked out by hand from that rate.
 */
class ScheduleRateLimiterTests {

  private final MovingClock clock = new MovingClock();
  private final ScheduleRateLimiter limiter = new ScheduleRateLimiter(3, clock);

  private Optional<Duration> ask(String user) {
    return limiter.tryAcquire(user);
  }

  @Test
  void allowsABurstThenOneRequestEveryTwentySeconds() {
    // t = 0: the full bucket of three, then a wait for the first refill
    assertThat(ask("alice")).isEmpty();
    assertThat(ask("alice")).isEmpty();
    assertThat(ask("alice")).isEmpty();
    assertThat(ask("alice")).contains(Duration.ofSeconds(20));

    // t = 10 s: half a token refilled, ten seconds to go
    clock.advance(Duration.ofSeconds(10));
    assertThat(ask("alice")).contains(Duration.ofSeconds(10));

    // t = 20 s: one token, used at once
    clock.advance(Duration.ofSeconds(10));
    assertThat(ask("alice")).isEmpty();
    assertThat(ask("alice")).contains(Duration.ofSeconds(20));

    // t = 80 s: a minute later the bucket is full again, and holds no more than three
    clock.advance(Duration.ofSeconds(60));
    assertThat(ask("alice")).isEmpty();
    assertThat(ask("alice")).isEmpty();
    assertThat(ask("alice")).isEmpty();
    assertThat(ask("alice")).contains(Duration.ofSeconds(20));

    // t = 95 s: three quarters of a token, five seconds to go
    clock.advance(Duration.ofSeconds(15));
    assertThat(ask("alice")).contains(Duration.ofSeconds(5));
  }

  @Test
  void eachUserHasTheirOwnAllowance() {
    for (int i = 0; i < 3; i++) {
      assertThat(ask("alice")).isEmpty();
    }
    assertThat(ask("alice")).isPresent();

    assertThat(ask("bob")).isEmpty();
    assertThat(ask("bob")).isEmpty();
    assertThat(ask("bob")).isEmpty();
    assertThat(ask("bob")).contains(Duration.ofSeconds(20));
  }

  @Test
  void aRefusedRequestTakesNothingFromTheAllowance() {
    for (int i = 0; i < 3; i++) {
      ask("alice");
    }
    // ten refusals in the first ten seconds do not push the next token back
    for (int i = 0; i < 10; i++) {
      assertThat(ask("alice")).isPresent();
      clock.advance(Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofSeconds(10));
    assertThat(ask("alice")).isEmpty();
  }

  /** A clock the test moves by hand. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("fixed to UTC");
    }
  }
}
