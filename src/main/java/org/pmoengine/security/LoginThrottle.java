package org.pmoengine.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address and per user at that address, so that guessing
 * passwords is slowed where it comes from while the account owner signs in from elsewhere. No
 * account is ever locked: a wrong password typed by someone else costs the owner nothing.
 *
 * <p>Failures are counted in a window that starts with the first one. Past a limit, attempts
 * from that address (or for that user from it) are refused without checking any password until
 * the window ends. A success clears the user's count at that address but not the address's:
 * signing in with one's own account must not buy more guesses at others.
 */
@Component
public class LoginThrottle {

  /** Remembered keys at most: an attacker with many addresses fills a bounded table. */
  private static final long MAX_KEYS = 100_000;

  /** The user id in lower case, so that "Alice" and "alice" count as one. */
  private record Key(String address, String user) {
    Key {
      user = user == null ? null : user.toLowerCase(Locale.ROOT);
    }
  }

  private record Failures(long firstNanos, AtomicInteger count) {}

  private final LoginThrottleProperties limits;
  private final Ticker ticker;
  private final Cache<Key, Failures> failures;

  @Autowired
  public LoginThrottle(LoginThrottleProperties limits) {
    this(limits, Ticker.systemTicker());
  }

  LoginThrottle(LoginThrottleProperties limits, Ticker ticker) {
    this.limits = limits;
    this.ticker = ticker;
    this.failures = Caffeine.newBuilder()
        .expireAfterWrite(limits.window())
        .maximumSize(MAX_KEYS)
        .ticker(ticker)
        .build();
  }

  /** How long the caller must wait before trying again, or empty if it may try now. */
  public Optional<Duration> refusal(String address, String user) {
    Optional<Duration> byAddress = waitFor(new Key(address, null), limits.addressFailures());
    if (byAddress.isPresent() || user == null) {
      return byAddress;
    }
    return waitFor(new Key(address, user), limits.userFailures());
  }

  public void failed(String address, String user) {
    count(new Key(address, null));
    if (user != null) {
      count(new Key(address, user));
    }
  }

  public void succeeded(String address, String user) {
    failures.invalidate(new Key(address, user));
  }

  private void count(Key key) {
    // get, not compute: a write would restart the window at every failure
    failures.get(key, k -> new Failures(ticker.read(), new AtomicInteger())).count()
        .incrementAndGet();
  }

  private Optional<Duration> waitFor(Key key, int limit) {
    Failures counted = failures.getIfPresent(key);
    if (counted == null || counted.count().get() < limit) {
      return Optional.empty();
    }
    Duration elapsed = Duration.ofNanos(ticker.read() - counted.firstNanos());
    return Optional.of(limits.window().minus(elapsed));
  }
}
