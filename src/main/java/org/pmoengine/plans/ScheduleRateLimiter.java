package org.pmoengine.plans;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How many schedule computations each user may ask for: a token bucket per user that holds
 * {@code pmo.scheduling.requests-per-minute} tokens and refills them evenly over a minute, so a
 * burst is allowed and then one request every 60/N seconds. A computation stores nothing, so
 * nothing else bounds the CPU one account can take.
 *
 * <p>The buckets live in this node's memory, one per signed-in user (accounts, not
 * addresses, so their number is bounded); behind several nodes each grants its own share.
 */
@Component
public class ScheduleRateLimiter {

  private final int perMinute;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  @Autowired
  public ScheduleRateLimiter(SchedulingProperties settings, Optional<Clock> clock) {
    this(settings.requestsPerMinute(), clock.orElse(Clock.systemUTC()));
  }

  ScheduleRateLimiter(int perMinute, Clock clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("pmo.scheduling.requests-per-minute must be at least 1");
    }
    this.perMinute = perMinute;
    this.time = new ClockTime(clock);
  }

  /**
   * Takes one request from the user's allowance.
   *
   * @return empty when allowed, else how long until the next request will be
   */
  public Optional<Duration> tryAcquire(String user) {
    ConsumptionProbe probe = buckets.computeIfAbsent(user, u -> newBucket()).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .withCustomTimePrecision(time)
        .build();
  }

  /** Bucket4j's time from the application's clock, which tests set. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
