package org.pmoengine.plans;

import java.time.LocalDate;
import java.util.List;
import org.pmoengine.scheduling.Plan;

/**
 * What importing a file would store, before anything is stored: the plan read from it, the
 * forecast finish computed from it and every item of the file that was skipped or changed.
 *
 * @param projectName the project's name in the file, or null
 * @param skipped one sentence per item left out or changed
 */
public record PlanPreview(Plan plan, String projectName, LocalDate finishDate,
    List<String> skipped) {}
