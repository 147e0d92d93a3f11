package org.pmoengine.plans;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of plan recomputation and of the limits on plans sent to the API
 * ({@code pmo.scheduling.*}).
 *
 * @param schedules budget of generated schedules for resource levelling
 * @param timeLimit wall-clock limit of one levelling run
 * @param seed seed of the levelling search; the same seed gives the same plan
 * @param maxBody largest plan body accepted by {@code /api/schedule} and the plan PUT, checked
 *     before it is read
 * @param maxActivities most activities in one plan
 * @param requestsPerMinute computations one user may ask of {@code /api/schedule} per minute
 */
@ConfigurationProperties("pmo.scheduling")
public record SchedulingProperties(
    @DefaultValue("1000") int schedules,
    @DefaultValue("2s") Duration timeLimit,
    @DefaultValue("42") long seed,
    @DefaultValue("1MB") DataSize maxBody,
    @DefaultValue("20000") int maxActivities,
    @DefaultValue("20") int requestsPerMinute) {}
