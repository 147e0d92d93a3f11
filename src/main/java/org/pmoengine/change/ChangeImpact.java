package org.pmoengine.change;

import java.time.LocalDate;
import java.util.List;

/**
 * What a change would do to the plan, before anyone decides.
 *
 * @param slipWorkingDays how many working days later the forecast finish moves (negative: earlier)
 * @param newlyCritical activities on the critical path after the change that were not before
 * @param newlyOverallocated resources over-allocated after the change that were not before
 */
public record ChangeImpact(
    LocalDate finishBefore,
    LocalDate finishAfter,
    int slipWorkingDays,
    List<String> newlyCritical,
    List<String> noLongerCritical,
    List<String> newlyOverallocated) {}
