package org.pmoengine.plans;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of plan recomputation ({@code pmo.scheduling.*}).
 *
 * @param schedules budget of generated schedules for resource levelling
 * @param timeLimit wall-clock limit of one levelling run
 * @param seed seed of the levelling search; the same seed gives the same plan
 */
@ConfigurationProperties("pmo.scheduling")
public record SchedulingProperties(
    @DefaultValue("1000") int schedules,
    @DefaultValue("2s") Duration timeLimit,
    @DefaultValue("42") long seed) {}
