package org.pmoengine.scheduling.rcpsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A resource-constrained project scheduling problem on int arrays: activities {@code 0..n-1}
 * with integer durations, per-period demands on renewable resources with a constant capacity,
 * and precedence arcs as minimum start-to-start distances ({@code start[to] >= start[from] +
 * delay}; a finish-to-start arc has {@code delay = duration[from]}). Activities may have a
 * release time, and some may be fixed at a given start (work already under way), which always
 * holds whatever their demand. Time is in whole periods from 0.
 */
public final class Problem {

  final int n;
  final int resources;
  final int[] duration;
  /** demand[i * resources + r]. */
  final int[] demand;
  final int[] capacity;
  final int[][] succ;
  final int[][] succDelay;
  final int[][] pred;
  final int[][] predDelay;
  final int[] release;
  /** A fixed start, or -1. */
  final int[] fixedStart;
  final int[] topo;
  /** Early starts by precedence and release alone. */
  final int[] earlyStart;
  /** Critical-path length: a lower bound of every makespan. */
  final int criticalPathLength;
  /** Late starts against {@link #criticalPathLength}. */
  final int[] lateStart;
  private final long[] related;

  private Problem(Builder b) {
    n = b.duration.length;
    resources = b.capacity.length;
    duration = b.duration.clone();
    capacity = b.capacity.clone();
    demand = new int[n * resources];
    for (int i = 0; i < n; i++) {
      System.arraycopy(b.demand[i], 0, demand, i * resources, resources);
    }
    release = b.release.clone();
    fixedStart = b.fixedStart.clone();
    int[] outCount = new int[n];
    int[] inCount = new int[n];
    for (int[] arc : b.arcs) {
      outCount[arc[0]]++;
      inCount[arc[1]]++;
    }
    succ = new int[n][];
    succDelay = new int[n][];
    pred = new int[n][];
    predDelay = new int[n][];
    for (int i = 0; i < n; i++) {
      succ[i] = new int[outCount[i]];
      succDelay[i] = new int[outCount[i]];
      pred[i] = new int[inCount[i]];
      predDelay[i] = new int[inCount[i]];
    }
    Arrays.fill(outCount, 0);
    Arrays.fill(inCount, 0);
    related = new long[(int) (((long) n * n + 63) / 64)];
    for (int[] arc : b.arcs) {
      int from = arc[0];
      int to = arc[1];
      succ[from][outCount[from]] = to;
      succDelay[from][outCount[from]++] = arc[2];
      pred[to][inCount[to]] = from;
      predDelay[to][inCount[to]++] = arc[2];
      setRelated(from, to);
      setRelated(to, from);
    }
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < resources; r++) {
        if (fixedStart[i] < 0 && demand[i * resources + r] > capacity[r]) {
          throw new IllegalArgumentException("activity " + i + " demands " + demand[i * resources + r]
              + " of resource " + r + " whose capacity is " + capacity[r]);
        }
      }
    }
    topo = topologicalOrder();
    earlyStart = new int[n];
    int cpl = 0;
    for (int v : topo) {
      int s = fixedStart[v] >= 0 ? fixedStart[v] : release[v];
      if (fixedStart[v] < 0) {
        for (int k = 0; k < pred[v].length; k++) {
          s = Math.max(s, earlyStart[pred[v][k]] + predDelay[v][k]);
        }
      }
      earlyStart[v] = s;
      cpl = Math.max(cpl, s + duration[v]);
    }
    criticalPathLength = cpl;
    lateStart = new int[n];
    for (int t = n - 1; t >= 0; t--) {
      int v = topo[t];
      int s = cpl - duration[v];
      for (int k = 0; k < succ[v].length; k++) {
        s = Math.min(s, lateStart[succ[v][k]] - succDelay[v][k]);
      }
      lateStart[v] = fixedStart[v] >= 0 ? fixedStart[v] : s;
    }
  }

  private void setRelated(int a, int b) {
    long bit = (long) a * n + b;
    related[(int) (bit >>> 6)] |= 1L << (bit & 63);
  }

  /** Whether an arc joins a and b, in either direction. */
  boolean related(int a, int b) {
    long bit = (long) a * n + b;
    return (related[(int) (bit >>> 6)] & (1L << (bit & 63))) != 0;
  }

  private int[] topologicalOrder() {
    int[] indegree = new int[n];
    for (int i = 0; i < n; i++) {
      indegree[i] = pred[i].length;
    }
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (indegree[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int v = order[head++];
      for (int q : succ[v]) {
        if (--indegree[q] == 0) {
          order[tail++] = q;
        }
      }
    }
    if (tail < n) {
      throw new IllegalArgumentException("the precedence arcs form a cycle");
    }
    return order;
  }

  public int size() {
    return n;
  }

  public int resourceCount() {
    return resources;
  }

  public int duration(int i) {
    return duration[i];
  }

  public int demand(int i, int r) {
    return demand[i * resources + r];
  }

  public int capacity(int r) {
    return capacity[r];
  }

  public int criticalPathLength() {
    return criticalPathLength;
  }

  public int earlyStart(int i) {
    return earlyStart[i];
  }

  /** An upper bound of any schedule's length that the schedule generation schemes produce. */
  int horizon() {
    long h = 0;
    for (int i = 0; i < n; i++) {
      h += Math.max(duration[i], 0);
      for (int d : predDelay[i]) {
        h += Math.max(d - duration[i], 0);
      }
      h = Math.max(h, (long) release[i] + duration[i]);
      if (fixedStart[i] >= 0) {
        h = Math.max(h, (long) fixedStart[i] + duration[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      h += Math.max(release[i], 0);
    }
    return (int) Math.min(h + 1, Integer.MAX_VALUE / 4);
  }

  /**
   * Checks a schedule: precedence, release, fixed starts and capacity per period (fixed
   * activities may exceed capacity only with their own demand). Returns the violations found.
   */
  public List<String> violations(int[] start) {
    List<String> problems = new ArrayList<>();
    int end = 0;
    for (int i = 0; i < n; i++) {
      if (fixedStart[i] >= 0 && start[i] != fixedStart[i]) {
        problems.add("activity " + i + " is fixed at " + fixedStart[i] + " but starts at " + start[i]);
      }
      if (fixedStart[i] < 0 && start[i] < release[i]) {
        problems.add("activity " + i + " starts at " + start[i] + " before its release " + release[i]);
      }
      for (int k = 0; k < succ[i].length; k++) {
        int j = succ[i][k];
        if (start[j] < start[i] + succDelay[i][k] && fixedStart[j] < 0) {
          problems.add("activity " + j + " starts at " + start[j] + " before " + i + " allows ("
              + (start[i] + succDelay[i][k]) + ")");
        }
      }
      end = Math.max(end, start[i] + duration[i]);
    }
    int[] use = new int[Math.max(end, 0) * resources];
    for (int i = 0; i < n; i++) {
      for (int t = start[i]; t < start[i] + duration[i]; t++) {
        for (int r = 0; r < resources; r++) {
          if (t >= 0) {
            use[t * resources + r] += demand[i * resources + r];
          }
        }
      }
    }
    for (int t = 0; t < end; t++) {
      for (int r = 0; r < resources; r++) {
        if (use[t * resources + r] > capacity[r]) {
          problems.add("resource " + r + " uses " + use[t * resources + r] + " of " + capacity[r]
              + " in period " + t);
        }
      }
    }
    return problems;
  }

  public static Builder builder(int activities, int resources) {
    return new Builder(activities, resources);
  }

  /** Collects a problem; arcs may be added in any order. */
  public static final class Builder {
    private final int[] duration;
    private final int[][] demand;
    private final int[] capacity;
    private final int[] release;
    private final int[] fixedStart;
    private final List<int[]> arcs = new ArrayList<>();

    private Builder(int activities, int resources) {
      duration = new int[activities];
      demand = new int[activities][resources];
      capacity = new int[resources];
      release = new int[activities];
      fixedStart = new int[activities];
      Arrays.fill(fixedStart, -1);
    }

    public Builder duration(int i, int d) {
      duration[i] = d;
      return this;
    }

    public Builder demand(int i, int r, int units) {
      demand[i][r] = units;
      return this;
    }

    public Builder capacity(int r, int units) {
      capacity[r] = units;
      return this;
    }

    public Builder release(int i, int time) {
      release[i] = time;
      return this;
    }

    public Builder fixedStart(int i, int time) {
      fixedStart[i] = time;
      return this;
    }

    /** {@code start[to] >= start[from] + delay}. */
    public Builder arc(int from, int to, int delay) {
      arcs.add(new int[] {from, to, delay});
      return this;
    }

    /** {@code start[to] >= start[from] + duration[from]}; set the duration first. */
    public Builder finishToStart(int from, int to) {
      return arc(from, to, duration[from]);
    }

    public Problem build() {
      return new Problem(this);
    }
  }
}
