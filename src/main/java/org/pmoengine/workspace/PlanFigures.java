package org.pmoengine.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;
import org.springframework.stereotype.Component;

/**
 * What the portfolio needs of each stored plan version: its status date, the share of work
 * earned, and its schedule for the planned share. A version never changes once written, so its
 * figures are read and parsed once and kept; a thousand projects then cost no JSON per request.
 */
@Component
class PlanFigures {

  /** Beyond this many versions the memory is started afresh rather than grown without end. */
  static final int MAX_KEPT = 50_000;

  /** One version's figures; {@code start} and {@code finish} span its scheduled work. */
  record VersionFigures(LocalDate statusDate, double earnedShare, Schedule schedule,
      LocalDate start, LocalDate finish) {

    /** Share of the work this schedule planned to be done by the date. */
    double plannedShare(LocalDate date) {
      return ProjectEarnedValue.plannedShare(schedule, date);
    }
  }

  private final PlanService plans;
  private final Map<Long, VersionFigures> kept = new ConcurrentHashMap<>();

  PlanFigures(PlanService plans) {
    this.plans = plans;
  }

  /** The figures of these versions, reading only those not read before (in one query). */
  Map<Long, VersionFigures> of(Collection<Long> versionIds) {
    Map<Long, VersionFigures> result = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : versionIds) {
      VersionFigures figures = kept.get(id);
      if (figures == null) {
        missing.add(id);
      } else {
        result.put(id, figures);
      }
    }
    if (!missing.isEmpty()) {
      if (kept.size() + missing.size() > MAX_KEPT) {
        kept.clear();
      }
      for (Map.Entry<Long, PlanView> read : plans.versionsById(missing).entrySet()) {
        VersionFigures figures = figuresOf(read.getValue());
        kept.put(read.getKey(), figures);
        result.put(read.getKey(), figures);
      }
    }
    return result;
  }

  static VersionFigures figuresOf(PlanView view) {
    LocalDate start = null;
    LocalDate finish = null;
    for (ScheduledActivity a : view.schedule().activities()) {
      if (start == null || a.startDate().isBefore(start)) {
        start = a.startDate();
      }
      if (finish == null || a.finishDate().isAfter(finish)) {
        finish = a.finishDate();
      }
    }
    return new VersionFigures(view.plan().statusDate(), ProjectEarnedValue.earnedShare(view),
        view.schedule(), start, finish);
  }
}
