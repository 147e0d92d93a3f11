package org.pmoengine.plans;

import java.util.List;

/**
 * A plan stored from a file.
 *
 * @param skipped what the file held that the plan model cannot, one sentence each
 */
public record ImportedPlan(PlanView plan, List<String> skipped) {}
