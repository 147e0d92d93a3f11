package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The critical path method: early dates by a forward pass, late dates by a backward pass from
 * the project finish, total float (late minus early) and free float (slack to the nearest
 * successor). Finished work keeps its actual dates, work in progress keeps its actual start and
 * has its remaining days scheduled from the status date, and other work starts no earlier than
 * the status date. Resources are ignored here; see {@link ResourceLeveler}.
 */
public final class CriticalPathMethod {

  /** Enough chains for people to read; a dense network can have exponentially many. */
  static final int MAX_CRITICAL_PATHS = 20;

  private CriticalPathMethod() {}

  /**
   * Schedules a plan by precedence alone.
   *
   * @throws PlanValidationException naming every problem, a cycle included
   */
  public static Schedule schedule(Plan plan) {
    Network net = new Network(plan);
    int n = net.n;
    int[] es = new int[n];
    int[] ef = new int[n];
    net.forward(net.lowerBound, es, ef);
    return toSchedule(net, es, ef);
  }

  /** Late dates, floats and calendar dates around given early dates. */
  static Schedule toSchedule(Network net, int[] es, int[] ef) {
    int n = net.n;
    int finish = 0;
    int low = 0;
    for (int i = 0; i < n; i++) {
      finish = Math.max(finish, ef[i]);
      low = Math.min(low, es[i]);
    }
    int[] ls = new int[n];
    int[] lf = new int[n];
    net.backward(finish, es, ef, ls, lf);
    int[] ff = net.freeFloat(finish, es, ef);
    int high = finish;
    for (int i = 0; i < n; i++) {
      low = Math.min(low, ls[i]);
      high = Math.max(high, lf[i]);
    }
    Plan plan = net.plan;
    DateTable dates = new DateTable(plan.calendar(), plan.projectStart(), low, high);
    boolean[] critical = new boolean[n];
    List<ScheduledActivity> out = new ArrayList<>(n);
    List<Activity> activities = plan.activities();
    for (int i = 0; i < n; i++) {
      Activity a = activities.get(i);
      int tf = net.state[i] == Network.DONE ? 0 : lf[i] - ef[i];
      critical[i] = net.state[i] != Network.DONE && tf <= 0;
      int free = Math.max(0, Math.min(ff[i], tf));
      out.add(new ScheduledActivity(a.id(), a.name(), es[i], ef[i], ls[i], lf[i],
          dates.at(es[i]), dates.finish(es[i], ef[i]), dates.at(ls[i]), dates.finish(ls[i], lf[i]),
          tf, net.state[i] == Network.DONE ? 0 : free, critical[i]));
    }
    LocalDate finishDate = dates.at(0);
    for (ScheduledActivity a : out) {
      if (a.finishDate().isAfter(finishDate)) {
        finishDate = a.finishDate();
      }
    }
    return new Schedule(plan.projectStart(), plan.statusDate(), finish, finishDate, out,
        criticalPaths(net, es, ef, critical));
  }

  /** Chains of critical activities joined by driving links, from a chain start onwards. */
  private static List<List<String>> criticalPaths(Network net, int[] es, int[] ef, boolean[] critical) {
    PlanGraph g = net.graph;
    int n = net.n;
    boolean[] hasDrivingPredecessor = new boolean[n];
    for (int p = 0; p < n; p++) {
      if (!critical[p]) {
        continue;
      }
      for (int k = g.outStart[p]; k < g.outStart[p + 1]; k++) {
        int q = g.outTo[k];
        if (critical[q] && net.drives(k, q) && net.linkSlack(k, p, q, es, ef) == 0) {
          hasDrivingPredecessor[q] = true;
        }
      }
    }
    List<List<String>> paths = new ArrayList<>();
    List<Activity> activities = net.plan.activities();
    for (int v : g.topo) {
      if (critical[v] && !hasDrivingPredecessor[v]) {
        extend(net, es, ef, critical, v, new ArrayList<>(), paths, activities);
        if (paths.size() >= MAX_CRITICAL_PATHS) {
          break;
        }
      }
    }
    return paths;
  }

  private static void extend(Network net, int[] es, int[] ef, boolean[] critical, int v,
      List<String> path, List<List<String>> paths, List<Activity> activities) {
    if (paths.size() >= MAX_CRITICAL_PATHS) {
      return;
    }
    PlanGraph g = net.graph;
    path.add(activities.get(v).id());
    boolean extended = false;
    for (int k = g.outStart[v]; k < g.outStart[v + 1]; k++) {
      int q = g.outTo[k];
      if (critical[q] && net.drives(k, q) && net.linkSlack(k, v, q, es, ef) == 0) {
        extended = true;
        extend(net, es, ef, critical, q, path, paths, activities);
      }
    }
    if (!extended) {
      paths.add(List.copyOf(path));
    }
    path.remove(path.size() - 1);
  }

  /** Working dates by offset, looked up from one table per schedule. */
  static final class DateTable {
    private final WorkCalendar calendar;
    private final LocalDate origin;
    private final int low;
    private final LocalDate[] table;

    DateTable(WorkCalendar calendar, LocalDate origin, int low, int high) {
      this.calendar = calendar;
      this.origin = origin;
      this.low = low;
      LocalDate first = calendar.dateAt(origin, low);
      this.table = calendar.workingDates(first, high - low + 1);
    }

    LocalDate at(int offset) {
      int i = offset - low;
      return i >= 0 && i < table.length ? table[i] : calendar.dateAt(origin, offset);
    }

    /** Last day of work; a zero-length span finishes on its start. */
    LocalDate finish(int start, int finish) {
      return finish > start ? at(finish - 1) : at(start);
    }
  }
}
