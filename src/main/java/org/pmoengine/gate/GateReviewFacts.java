package org.pmoengine.gate;

import org.pmoengine.budget.EarnedValue;





/**
 * What the gate board sees: the rules' recommendation, the earned value behind it, and where to
 * find the Gantt chart.
 */
public record GateReviewFacts(GateRecommendation recommendation, EarnedValue earnedValue,
    String ganttLink) {}
