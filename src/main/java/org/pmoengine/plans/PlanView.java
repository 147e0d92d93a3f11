package org.pmoengine.plans;

import java.time.Instant;
import java.time.LocalDate;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;

/** A stored plan version as the API shows it. */
public record PlanView(
    String projectKey,
    int version,
    PlanKind kind,
    Instant createdAt,
    String createdBy,
    String reason,
    LocalDate finishDate,
    Plan plan,
    Schedule schedule) {}
