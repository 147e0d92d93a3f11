package org.pmoengine.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pmoengine.project.Gate;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;

/**
 * The figures of the portfolio dashboard. Counts, health and money are over the running
 * projects (approved or in their lifecycle); closed and stopped ones are only counted.
 *
 * @param budget the running projects' budgets (BAC) summed
 * @param estimateAtCompletion their estimates at completion (EAC) summed
 * @param overrunWarnings active projects whose budget rules sent an overrun warning
 */
public record PortfolioDashboard(Counts counts, List<StageCount> stages, RagCount health,
    BigDecimal budget, BigDecimal estimateAtCompletion, List<Bubble> bubbles,
    List<FunnelStep> funnel, HeatMap heatMap, PortfolioCurve curve, List<GateCount> nextGates,
    List<UpcomingGate> gatesInReview, Overdue overdue, long overrunWarnings) {

  /** How many projects there are by where they stand. */
  public record Counts(long running, long notStarted, long active, long closed, long stopped) {}

  /** Active projects in one stage by health. */
  public record StageCount(Stage stage, long green, long amber, long red, long unrated) {
    public long total() {
      return green + amber + red + unrated;
    }
  }

  public record RagCount(long green, long amber, long red, long unrated) {}

  /** A running project in the value/risk chart: size is its budget, colour its health. */
  public record Bubble(String key, String name, double value, int risk, BigDecimal budget,
      String rag) {}

  /** A step of the intake funnel: a code, its words and how many requests are there. */
  public record FunnelStep(String code, String label, long count) {}

  /** Active projects by department and health, departments in alphabetical order. */
  public record HeatMap(List<String> departments, List<HeatRow> rows) {}

  public record HeatRow(String department, long green, long amber, long red, long unrated) {}

  /** How many active projects work towards each gate. */
  public record GateCount(Gate gate, long count) {}

  /** A gate the board reviews now. */
  public record UpcomingGate(String projectKey, String projectName, Gate gate, Date since,
      Date due, String taskId) {}

  /** Reviews past their deadline: how many, and the longest-waiting of them. */
  public record Overdue(long count, List<OverdueReview> oldest) {}

  /**
   * An overdue review; {@code recordKey} is the request's key for an intake review, else the
   * project's.
   */
  public record OverdueReview(String recordKey, boolean request, String taskName, Date since,
      Date due, String taskId) {}

  static PortfolioDashboard of(List<ProjectRow> rows, List<FunnelStep> funnel,
      PortfolioCurve curve, List<UpcomingGate> gatesInReview, Overdue overdue,
      long overrunWarnings) {
    long notStarted = 0;
    long active = 0;
    long closed = 0;
    long stopped = 0;
    Map<Stage, long[]> stages = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      stages.put(stage, new long[4]);
    }
    long[] health = new long[4];
    Map<String, long[]> departments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Map<Gate, Long> gates = new EnumMap<>(Gate.class);
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal eac = BigDecimal.ZERO;
    List<Bubble> bubbles = new ArrayList<>();
    for (ProjectRow row : rows) {
      switch (row.status()) {
        case APPROVED -> notStarted++;
        case ACTIVE -> active++;
        case CLOSED -> closed++;
        case KILLED -> stopped++;
      }
      if (!row.isRunning()) {
        continue;
      }
      budget = budget.add(row.budget());
      eac = eac.add(row.estimateAtCompletion());
      if (row.value() != null && row.deliveryRisk() != null) {
        bubbles.add(new Bubble(row.key(), row.name(), row.value(), row.deliveryRisk(),
            row.budget(), row.ragCode()));
      }
      if (row.status() != ProjectStatus.ACTIVE || row.stage() == null) {
        continue;
      }
      int rag = ragIndex(row.rag());
      stages.get(row.stage())[rag]++;
      health[rag]++;
      String department = row.department() == null || row.department().isBlank()
          ? "No department" : row.department();
      departments.computeIfAbsent(department, d -> new long[4])[rag]++;
      if (row.nextGate() != null) {
        gates.merge(row.nextGate(), 1L, Long::sum);
      }
    }
    List<StageCount> stageCounts = new ArrayList<>();
    stages.forEach((stage, c) -> stageCounts.add(new StageCount(stage, c[0], c[1], c[2], c[3])));
    List<HeatRow> heatRows = new ArrayList<>();
    departments.forEach((d, c) -> heatRows.add(new HeatRow(d, c[0], c[1], c[2], c[3])));
    List<GateCount> gateCounts = new ArrayList<>();
    for (Gate gate : Gate.values()) {
      gateCounts.add(new GateCount(gate, gates.getOrDefault(gate, 0L)));
    }
    return new PortfolioDashboard(
        new Counts(notStarted + active, notStarted, active, closed, stopped), stageCounts,
        new RagCount(health[0], health[1], health[2], health[3]), budget, eac, bubbles, funnel,
        new HeatMap(new ArrayList<>(departments.keySet()), heatRows), curve, gateCounts,
        gatesInReview, overdue, overrunWarnings);
  }

  /** 0 green, 1 amber, 2 red, 3 not rated. */
  private static int ragIndex(Rag rag) {
    return rag == null ? 3 : rag.ordinal();
  }

  /** Whether EAC runs over the budget. */
  public boolean overrun() {
    return estimateAtCompletion.compareTo(budget) > 0;
  }

  public BigDecimal variance() {
    return budget.subtract(estimateAtCompletion);
  }
}
