package org.pmoengine.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pmoengine.intake.IntakeProperties;
import org.pmoengine.intake.ProjectRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open requests against the year's budget envelope: best score first, their budgets added up,
 * and the cut-line where the sum first exceeds the envelope. Requests the PMO leaves out (a
 * what-if, not a decision) add nothing, so those ranked after them may move above the line.
 */
@Service
@Transactional(readOnly = true)
public class IntakePipeline {

  /**
   * One ranked request.
   *
   * @param counted false when left out in the what-if
   * @param cumulative the counted budgets up to and including this one; null when left out
   * @param aboveCut counted and within the envelope
   */
  public record Row(int rank, ProjectRequest request, BigDecimal budget, boolean counted,
      BigDecimal cumulative, boolean aboveCut) {}

  /**
   * The ranked requests with the cut-line.
   *
   * @param cutBefore index in {@code rows} of the first request below the cut-line; null when
   *     every counted request fits
   * @param withinTotal the budgets above the cut-line
   * @param belowTotal the counted budgets below the cut-line
   * @param leftOutTotal the budgets of the requests left out
   */
  public record Pipeline(BigDecimal envelope, List<Row> rows, Integer cutBefore,
      BigDecimal withinTotal, BigDecimal belowTotal, BigDecimal leftOutTotal) {

    /** What remains of the envelope above the cut-line. */
    public BigDecimal headroom() {
      return envelope.subtract(withinTotal);
    }

    public long aboveCount() {
      return rows.stream().filter(Row::aboveCut).count();
    }

    public long belowCount() {
      return rows.stream().filter(r -> r.counted() && !r.aboveCut()).count();
    }

    public long leftOutCount() {
      return rows.stream().filter(r -> !r.counted()).count();
    }
  }

  private final PortfolioRanking ranking;
  private final IntakeProperties properties;

  public IntakePipeline(PortfolioRanking ranking, IntakeProperties properties) {
    this.ranking = ranking;
    this.properties = properties;
  }

  /** The configured envelope ({@code pmo.intake.budget-envelope}). */
  public BigDecimal envelope() {
    return properties.budgetEnvelope();
  }

  /** The open pipeline against the configured envelope; for the PMO and the portfolio board. */
  public Pipeline pipeline(Set<String> leftOut) {
    return pipeline(properties.budgetEnvelope(), leftOut);
  }

  public Pipeline pipeline(BigDecimal envelope, Set<String> leftOut) {
    return cut(ranking.openRequests(), envelope, leftOut);
  }

  /**
   * Adds up the budgets in rank order, skipping those left out; the first counted request that
   * takes the sum past the envelope, and every counted one after it, falls below the line.
   */
  static Pipeline cut(List<ProjectRequest> ranked, BigDecimal envelope, Set<String> leftOut) {
    List<Row> rows = new ArrayList<>();
    BigDecimal cumulative = BigDecimal.ZERO;
    BigDecimal within = BigDecimal.ZERO;
    BigDecimal below = BigDecimal.ZERO;
    BigDecimal out = BigDecimal.ZERO;
    Integer cutBefore = null;
    for (int i = 0; i < ranked.size(); i++) {
      ProjectRequest request = ranked.get(i);
      BigDecimal budget = request.getRequestedBudget() == null ? BigDecimal.ZERO
          : request.getRequestedBudget();
      if (leftOut.contains(request.getKey())) {
        out = out.add(budget);
        rows.add(new Row(i + 1, request, budget, false, null, false));
        continue;
      }
      cumulative = cumulative.add(budget);
      if (cutBefore == null && cumulative.compareTo(envelope) > 0) {
        cutBefore = i;
      }
      boolean above = cutBefore == null;
      if (above) {
        within = within.add(budget);
      } else {
        below = below.add(budget);
      }
      rows.add(new Row(i + 1, request, budget, true, cumulative, above));
    }
    return new Pipeline(envelope, List.copyOf(rows), cutBefore, within, below, out);
  }
}
