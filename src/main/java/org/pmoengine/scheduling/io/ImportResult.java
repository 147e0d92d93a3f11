package org.pmoengine.scheduling.io;

import java.util.List;
import org.pmoengine.scheduling.Plan;

/**
 * A plan read from a file, and everything in the file that the plan model cannot hold.
 *
 * @param plan the imported plan
 * @param projectName the project's name in the file, or null
 * @param skipped one sentence per thing left out or changed, naming it (never silently dropped)
 */
public record ImportResult(Plan plan, String projectName, List<String> skipped) {

  public ImportResult {
    skipped = List.copyOf(skipped);
  }
}
