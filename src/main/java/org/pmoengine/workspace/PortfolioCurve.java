package org.pmoengine.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.pmoengine.workspace.PlanFigures.VersionFigures;

/**
 * The portfolio's earned value over time, month by month, summed over the projects with a plan.
 * PV at a month's end is what each project's baseline planned to be done by then; EV what the
 * latest plan version reported as done by then; AC what was booked by then. EV and AC stop at
 * today; PV runs on to the planned finish. The months span at most two years back and one
 * ahead, so that one long project does not stretch the picture.
 *
 * @param months "2026-11" and so on
 */
public record PortfolioCurve(List<String> months, List<BigDecimal> plannedValue,
    List<BigDecimal> earnedValue, List<BigDecimal> actualCost) {

  static final int MONTHS_BACK = 24;
  static final int MONTHS_AHEAD = 12;

  /** One project's input: its budget, its baseline, its reported progress and its bookings. */
  record Project(BigDecimal budget, VersionFigures reference, List<Progress> progress,
      NavigableMap<LocalDate, BigDecimal> bookings) {}

  /** A plan version's earned share as of its status date (or the day it was stored). */
  record Progress(LocalDate asOf, double earnedShare) {}

  public boolean isEmpty() {
    return months.isEmpty();
  }

  static PortfolioCurve of(List<Project> projects, LocalDate today) {
    YearMonth first = null;
    YearMonth last = YearMonth.from(today);
    for (Project p : projects) {
      if (p.reference().start() != null) {
        YearMonth start = YearMonth.from(p.reference().start());
        first = first == null || start.isBefore(first) ? start : first;
        YearMonth finish = YearMonth.from(p.reference().finish());
        last = finish.isAfter(last) ? finish : last;
      }
    }
    if (first == null) {
      return new PortfolioCurve(List.of(), List.of(), List.of(), List.of());
    }
    YearMonth now = YearMonth.from(today);
    first = first.isBefore(now.minusMonths(MONTHS_BACK)) ? now.minusMonths(MONTHS_BACK) : first;
    first = first.isAfter(now) ? now : first;
    last = last.isAfter(now.plusMonths(MONTHS_AHEAD)) ? now.plusMonths(MONTHS_AHEAD) : last;
    List<String> months = new ArrayList<>();
    List<BigDecimal> pv = new ArrayList<>();
    List<BigDecimal> ev = new ArrayList<>();
    List<BigDecimal> ac = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate end = month.atEndOfMonth();
      boolean past = !month.isAfter(now);
      LocalDate until = end.isAfter(today) ? today : end;
      double planned = 0;
      double earned = 0;
      BigDecimal cost = BigDecimal.ZERO;
      for (Project p : projects) {
        double budget = p.budget().doubleValue();
        planned += budget * p.reference().plannedShare(end);
        if (past) {
          earned += budget * earnedShareAsOf(p.progress(), until);
          cost = cost.add(PortfolioFigures.costUpTo(p.bookings(), until));
        }
      }
      months.add(month.toString());
      pv.add(money(planned));
      ev.add(past ? money(earned) : null);
      ac.add(past ? cost.setScale(2, RoundingMode.HALF_UP) : null);
    }
    return new PortfolioCurve(months, pv, ev, ac);
  }

  /**
   * The share the latest version (in the order stored) reported by the date: a version stored
   * later supersedes an earlier one even when it was reported as of an earlier day.
   */
  static double earnedShareAsOf(List<Progress> progress, LocalDate date) {
    double share = 0;
    for (Progress p : progress) {
      if (!p.asOf().isAfter(date)) {
        share = p.earnedShare();
      }
    }
    return share;
  }

  private static BigDecimal money(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
