package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The counting rules of the sign-in throttle, on a clock the test moves. */
class LoginThrottleTests {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final Ticker clock = nanos::get;
  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleProperties(5, 20, Duration.ofMinutes(15)), clock);

  @Test
  void userIsRefusedAtThatAddressAfterFiveFailuresUntilFifteenMinutesAfterTheFirst() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("10.0.0.1", "alice");
      later(Duration.ofMinutes(1));
    }
    assertThat(throttle.refusal("10.0.0.1", "alice")).isEmpty();

    throttle.failed("10.0.0.1", "alice");

    // first failure at 0, fifth at 4 min: refused for the 11 minutes left
    assertThat(throttle.refusal("10.0.0.1", "alice")).contains(Duration.ofMinutes(11));
    assertThat(throttle.refusal("10.0.0.2", "alice")).isEmpty();
    assertThat(throttle.refusal("10.0.0.1", "bob")).isEmpty();
    later(Duration.ofMinutes(11));
    assertThat(throttle.refusal("10.0.0.1", "alice")).isEmpty();
  }

  @Test
  void addressIsRefusedForEveryUserAfterTwentyFailures() {
    for (int i = 0; i < 19; i++) {
      throttle.failed("10.0.0.3", "user-" + i);
    }
    assertThat(throttle.refusal("10.0.0.3", "bob")).isEmpty();

    throttle.failed("10.0.0.3", "user-19");

    assertThat(throttle.refusal("10.0.0.3", "bob")).contains(Duration.ofMinutes(15));
    assertThat(throttle.refusal("10.0.0.3", null)).contains(Duration.ofMinutes(15));
    assertThat(throttle.refusal("10.0.0.4", "bob")).isEmpty();
  }

  @Test
  void ownSuccessfulSignInClearsTheUsersCountButBuysNoGuessesAtOthers() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("10.0.0.5", "mallory");
    }
    for (int i = 0; i < 15; i++) {
      throttle.failed("10.0.0.5", "victim-" + i);
    }

    throttle.succeeded("10.0.0.5", "mallory");

    throttle.failed("10.0.0.5", "mallory");
    assertThat(throttle.refusal("10.0.0.5", "mallory")).isPresent();
    assertThat(throttle.refusal("10.0.0.5", "someone-else")).isPresent();
  }

  @Test
  void userIdsDifferingOnlyInCaseCountAsOneUser() {
    for (String id : new String[] {"Alice", "ALICE", "alice", "aLiCe", "alicE"}) {
      throttle.failed("10.0.0.6", id);
    }

    assertThat(throttle.refusal("10.0.0.6", "alice")).isPresent();
  }

  private void later(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
