package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan prepared for the forward and backward passes: the graph, each activity's duration
 * still to schedule, and what its actuals fix. Offsets are working days from the project start.
 */
final class Network {

  static final byte NOT_STARTED = 0;
  static final byte IN_PROGRESS = 1;
  static final byte DONE = 2;

  final Plan plan;
  final PlanGraph graph;
  final int n;
  final byte[] state;
  /** Planned duration; for work already started, the span from actual start to finish. */
  final int[] duration;
  /** Earliest start of a not-started activity (project start, status date, SNET). */
  final int[] lowerBound;
  /** Actual start of started work. */
  final int[] fixedStart;
  /** Actual finish (exclusive) of done work; earliest finish of work in progress. */
  final int[] fixedFinish;
  /** Working days still to do: the duration for not started work, 0 when done. */
  final int[] remaining;
  final int statusOffset;

  Network(Plan plan) {
    this.plan = plan;
    this.graph = PlanGraph.of(plan);
    this.n = graph.n;
    state = new byte[n];
    duration = new int[n];
    lowerBound = new int[n];
    fixedStart = new int[n];
    fixedFinish = new int[n];
    remaining = new int[n];
    WorkCalendar cal = plan.calendar();
    LocalDate origin = plan.projectStart();
    statusOffset = plan.statusDate() == null ? 0 : Math.max(0, cal.offsetOf(origin, plan.statusDate()));
    List<Activity> activities = plan.activities();
    for (int i = 0; i < n; i++) {
      Activity a = activities.get(i);
      int d = a.durationDays();
      if (a.finished()) {
        int f = cal.offsetOf(origin, a.actualFinish()) + 1;
        int s = a.actualStart() != null ? cal.offsetOf(origin, a.actualStart()) : f - Math.max(d, 1);
        if (d == 0 && a.actualStart() == null) {
          s = f - 1;
          f = s;
        }
        state[i] = DONE;
        fixedStart[i] = s;
        fixedFinish[i] = Math.max(f, s);
        duration[i] = fixedFinish[i] - s;
      } else if (a.started()) {
        int s = cal.offsetOf(origin, a.actualStart());
        int rest = a.remainingWorkDays();
        int resume = plan.statusDate() != null ? Math.max(statusOffset, s) : s + Math.max(d - rest, 0);
        state[i] = IN_PROGRESS;
        fixedStart[i] = s;
        fixedFinish[i] = resume + rest;
        duration[i] = fixedFinish[i] - s;
        remaining[i] = rest;
      } else {
        int lb = statusOffset;
        if (a.startNoEarlierThan() != null) {
          lb = Math.max(lb, cal.offsetOf(origin, a.startNoEarlierThan()));
        }
        lowerBound[i] = lb;
        duration[i] = d;
        remaining[i] = d;
      }
    }
  }

  /**
   * Early start and finish by precedence alone, with every not-started activity starting no
   * earlier than {@code release[i]} (pass {@link #lowerBound} for the plain CPM).
   */
  void forward(int[] release, int[] es, int[] ef) {
    PlanGraph g = graph;
    for (int v : g.topo) {
      if (state[v] == DONE) {
        es[v] = fixedStart[v];
        ef[v] = fixedFinish[v];
        continue;
      }
      int s = release[v];
      int f = state[v] == IN_PROGRESS ? fixedFinish[v] : Integer.MIN_VALUE / 4;
      for (int k = g.inStart[v], end = g.inStart[v + 1]; k < end; k++) {
        int p = g.inFrom[k];
        int lag = g.inLag[k];
        switch (g.inType[k]) {
          case 0 -> s = Math.max(s, ef[p] + lag);
          case 1 -> s = Math.max(s, es[p] + lag);
          case 2 -> f = Math.max(f, ef[p] + lag);
          default -> f = Math.max(f, es[p] + lag);
        }
      }
      if (state[v] == IN_PROGRESS) {
        es[v] = fixedStart[v];
        ef[v] = f;
      } else {
        s = Math.max(s, f - duration[v]);
        es[v] = s;
        ef[v] = s + duration[v];
      }
    }
  }

  /** Late start and finish by precedence alone, against {@code finish}. */
  void backward(int finish, int[] es, int[] ef, int[] ls, int[] lf) {
    PlanGraph g = graph;
    int[] topo = g.topo;
    for (int t = topo.length - 1; t >= 0; t--) {
      int v = topo[t];
      if (state[v] == DONE) {
        ls[v] = es[v];
        lf[v] = ef[v];
        continue;
      }
      int d = ef[v] - es[v];
      int f = finish;
      for (int k = g.outStart[v], end = g.outStart[v + 1]; k < end; k++) {
        int q = g.outTo[k];
        byte sq = state[q];
        if (sq == DONE) {
          continue;
        }
        int lag = g.outLag[k];
        switch (g.outType[k]) {
          case 0 -> { if (sq == NOT_STARTED) f = Math.min(f, ls[q] - lag); }
          case 1 -> { if (sq == NOT_STARTED) f = Math.min(f, ls[q] - lag + d); }
          case 2 -> f = Math.min(f, lf[q] - lag);
          default -> f = Math.min(f, lf[q] - lag + d);
        }
      }
      lf[v] = f;
      ls[v] = f - d;
    }
  }

  /** Slack of each activity's tightest outgoing link in the early schedule, or to the finish. */
  int[] freeFloat(int finish, int[] es, int[] ef) {
    PlanGraph g = graph;
    int[] ff = new int[n];
    for (int v = 0; v < n; v++) {
      int slack = finish - ef[v];
      for (int k = g.outStart[v], end = g.outStart[v + 1]; k < end; k++) {
        int q = g.outTo[k];
        if (!drives(k, q)) {
          continue;
        }
        slack = Math.min(slack, linkSlack(k, v, q, es, ef));
      }
      ff[v] = slack;
    }
    return ff;
  }

  /** Whether outgoing link k into q still constrains q (actuals fix what already happened). */
  boolean drives(int k, int q) {
    byte sq = state[q];
    return sq == NOT_STARTED || (sq == IN_PROGRESS && graph.outType[k] >= 2);
  }

  int linkSlack(int k, int p, int q, int[] es, int[] ef) {
    int lag = graph.outLag[k];
    return switch (graph.outType[k]) {
      case 0 -> es[q] - lag - ef[p];
      case 1 -> es[q] - lag - es[p];
      case 2 -> ef[q] - lag - ef[p];
      default -> ef[q] - lag - es[p];
    };
  }
}
