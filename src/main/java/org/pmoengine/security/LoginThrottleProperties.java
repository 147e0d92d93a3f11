package org.pmoengine.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins ({@code pmo.login-throttle.*}), counted per client address.
 *
 * @param userFailures failures for one user from one address before that pair is refused
 * @param addressFailures failures for any users from one address before the address is refused
 * @param window how long failures are remembered, counted from the first one
 */
@ConfigurationProperties("pmo.login-throttle")
public record LoginThrottleProperties(
    @DefaultValue("5") int userFailures,
    @DefaultValue("20") int addressFailures,
    @DefaultValue("PT15M") Duration window) {}
