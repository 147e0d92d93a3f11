package org.pmoengine.postmortem;

import java.util.stream.Collectors;
import org.pmoengine.postmortem.PostMortemMetrics.ChangeSummary;
import org.pmoengine.postmortem.PostMortemMetrics.CostVariance;
import org.pmoengine.postmortem.PostMortemMetrics.ScheduleVariance;
import org.pmoengine.records.Display;

/** The metrics as Markdown lines for the PMO review form. */
final class MetricsText {

  private MetricsText() {}

  static String of(PostMortemMetrics m) {
    if (m == null) {
      return "No metrics computed.";
    }
    StringBuilder text = new StringBuilder();
    ScheduleVariance s = m.schedule();
    text.append(s == null ? "**Schedule:** no baseline was frozen.\n\n"
        : "**Schedule:** finish " + Display.date(s.finish()) + ", "
            + signed(s.daysAgainstFirst()) + " working days against the first baseline ("
            + Display.date(s.firstBaselineFinish()) + "), " + signed(s.daysAgainstLast())
            + " against the last (" + Display.date(s.lastBaselineFinish())
            + "), " + s.baselines() + " baseline(s).\n\n");
    CostVariance c = m.cost();
    text.append("**Cost:** actual ").append(Display.amount(c.actualCost(), null))
        .append(" of budget ").append(Display.amount(c.budget(), null)).append(", variance ")
        .append(Display.amount(c.variance(), null))
        .append(c.variancePercent() == null ? "" : " (" + c.variancePercent() + " %)")
        .append(c.costPerformanceIndex() == null ? "" : ", CPI " + c.costPerformanceIndex())
        .append(".\n\n");
    ChangeSummary ch = m.changes();
    text.append("**Changes:** ").append(ch.count() == 0 ? "none." : ch.count() + " "
        + ch.byStatus() + (ch.byClass().isEmpty() ? "" : ", by class " + ch.byClass())
        + "; applied: " + signed(ch.appliedSlipDays()) + " working days, cost "
        + Display.amount(ch.appliedCostChange(), null) + ".").append("\n\n");
    text.append("**Estimation (actual / planned days per kind):** ").append(
        m.estimation().isEmpty() ? "no finished baseline activities." : m.estimation().stream()
            .map(k -> k.kind() + " " + k.actualDays() + "/" + k.plannedDays() + " = " + k.ratio())
            .collect(Collectors.joining(" · "))).append("\n\n");
    text.append("**Gates (days in gate, stage work, review, rounds):** ").append(
        m.gates().isEmpty() ? "none recorded." : m.gates().stream()
            .map(g -> g.gate() + " " + g.totalDays() + " (" + g.stageWorkDays() + ", "
                + g.reviewDays() + ", " + g.rounds() + ")")
            .collect(Collectors.joining(" · "))).append("\n\n");
    text.append("**Rework:** ").append(m.rework().recycles()).append(" Recycle(s), ")
        .append(m.rework().moreInformationLoops())
        .append(" request(s) for more information at intake.");
    return text.toString();
  }

  private static String signed(int days) {
    return days > 0 ? "+" + days : String.valueOf(days);
  }
}
