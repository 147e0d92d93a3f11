package org.pmoengine.scheduling.rcpsp;

import java.util.Arrays;

/**
 * Schedule generation schemes over one {@link Problem}, with reusable buffers (one instance per
 * thread). The serial scheme takes activities in list order and starts each at the earliest
 * precedence- and resource-feasible time; the parallel scheme walks forward in time and starts
 * whatever fits, by priority. Forward-backward improvement (justification, Valls et al. 2005)
 * shifts each activity right as far as it can in a backward pass, then left again in a forward
 * pass; it never makes a schedule longer and often shortens it. Every pass of a scheme counts as
 * one generated schedule.
 */
public final class Sgs {

  private final Problem p;
  private final int n;
  private final int r;
  private final int[][] demanded;
  private int[] use;
  private int used;
  private final int[] backStart;
  private final int[] order;
  private final long[] key;
  private final int[] remainingCount;
  private final Heap heap;
  private final int[] positionOf;
  private final int[] candidate;
  private long schedules;

  public Sgs(Problem problem) {
    p = problem;
    n = problem.n;
    r = problem.resources;
    demanded = new int[n][];
    for (int i = 0; i < n; i++) {
      int c = 0;
      for (int k = 0; k < r; k++) {
        if (p.demand[i * r + k] > 0) {
          c++;
        }
      }
      demanded[i] = new int[c];
      c = 0;
      for (int k = 0; k < r; k++) {
        if (p.demand[i * r + k] > 0) {
          demanded[i][c++] = k;
        }
      }
    }
    use = new int[Math.max(16, Math.min(problem.horizon(), 1 << 16)) * r];
    backStart = new int[n];
    order = new int[n];
    key = new long[n];
    remainingCount = new int[n];
    heap = new Heap(n);
    positionOf = new int[n];
    candidate = new int[n];
  }

  /** Schedules generated so far by this instance. */
  public long schedulesGenerated() {
    return schedules;
  }

  public Problem problem() {
    return p;
  }

  // ----- resource profile -----

  private void clearProfile() {
    Arrays.fill(use, 0, Math.min(used * r, use.length), 0);
    used = 0;
  }

  private void ensure(int time) {
    if (time * r > use.length) {
      use = Arrays.copyOf(use, Math.max(time * r, use.length * 2));
    }
    used = Math.max(used, time);
  }

  private void reserve(int j, int t) {
    int d = p.duration[j];
    if (d <= 0 || demanded[j].length == 0) {
      return;
    }
    ensure(t + d);
    int base = j * r;
    for (int u = t; u < t + d; u++) {
      int row = u * r;
      for (int k : demanded[j]) {
        use[row + k] += p.demand[base + k];
      }
    }
  }

  /**
   * The earliest time at or after {@code t} where j fits for its whole duration: one forward
   * scan, restarting the window just after each period that has no room.
   */
  private int earliestFit(int j, int t) {
    int d = p.duration[j];
    int[] res = demanded[j];
    if (d <= 0 || res.length == 0) {
      return t;
    }
    int base = j * r;
    int[] cap = p.capacity;
    int u = t;
    while (u < t + d && u < used) {
      int row = u * r;
      boolean room = true;
      for (int k : res) {
        if (use[row + k] + p.demand[base + k] > cap[k]) {
          room = false;
          break;
        }
      }
      if (room) {
        u++;
      } else {
        t = ++u;
      }
    }
    return t;
  }

  private boolean fitsAt(int j, int t) {
    return earliestFit(j, t) == t;
  }

  // ----- serial scheme -----

  /**
   * Serial SGS: starts the activities of a precedence-feasible list one by one at their earliest
   * feasible time. Writes {@code start} and returns the makespan.
   */
  public int serial(int[] list, int[] start) {
    schedules++;
    clearProfile();
    int[] fixed = p.fixedStart;
    for (int j = 0; j < n; j++) {
      if (fixed[j] >= 0) {
        start[j] = fixed[j];
        reserve(j, fixed[j]);
      }
    }
    int makespan = 0;
    for (int j : list) {
      int t;
      if (fixed[j] >= 0) {
        t = fixed[j];
      } else {
        t = p.release[j];
        int[] pr = p.pred[j];
        int[] dl = p.predDelay[j];
        for (int k = 0; k < pr.length; k++) {
          t = Math.max(t, start[pr[k]] + dl[k]);
        }
        t = earliestFit(j, t);
        start[j] = t;
        reserve(j, t);
      }
      makespan = Math.max(makespan, t + p.duration[j]);
    }
    return makespan;
  }

  /**
   * Serial SGS on the reversed network: {@code rstart[i]} is measured back from the end. The
   * list must be precedence-feasible for the reversed arcs. Fixed activities keep their place
   * relative to {@code end}.
   */
  private int serialBackward(int[] list, int[] rstart, int end) {
    schedules++;
    clearProfile();
    int[] fixed = p.fixedStart;
    for (int j = 0; j < n; j++) {
      if (fixed[j] >= 0) {
        rstart[j] = Math.max(0, end - fixed[j] - p.duration[j]);
        reserve(j, rstart[j]);
      }
    }
    int makespan = 0;
    for (int j : list) {
      int t;
      if (fixed[j] >= 0) {
        t = rstart[j];
      } else {
        t = 0;
        int[] sc = p.succ[j];
        int[] dl = p.succDelay[j];
        int dj = p.duration[j];
        for (int k = 0; k < sc.length; k++) {
          int q = sc[k];
          t = Math.max(t, rstart[q] + p.duration[q] - dj + dl[k]);
        }
        t = earliestFit(j, t);
        rstart[j] = t;
        reserve(j, t);
      }
      makespan = Math.max(makespan, t + p.duration[j]);
    }
    return makespan;
  }

  /**
   * Forward-backward improvement of a forward schedule: a backward pass in order of decreasing
   * finish, then a forward pass in order of the backward starts. Updates {@code start} and
   * {@code list} (to the order of the final pass) and returns the makespan, which is never
   * longer than the one given.
   */
  public int justify(int[] list, int[] start, int makespan) {
    int[] pos = positionOf;
    for (int i = 0; i < n; i++) {
      pos[list[i]] = i;
    }
    for (int i = 0; i < n; i++) {
      key[i] = -((long) (start[i] + p.duration[i]) * n + pos[i]);
    }
    orderByKey(key, true, order);
    int back = serialBackward(order, backStart, makespan);
    for (int i = 0; i < n; i++) {
      pos[order[i]] = i;
    }
    for (int i = 0; i < n; i++) {
      int s = back - backStart[i] - p.duration[i];
      key[i] = (long) s * n + (n - 1 - pos[i]);
    }
    orderByKey(key, false, order);
    int forward = serial(order, candidate);
    if (forward <= makespan) {
      System.arraycopy(candidate, 0, start, 0, n);
      System.arraycopy(order, 0, list, 0, n);
      return forward;
    }
    return makespan;
  }

  /**
   * A topological order (of the reversed network when {@code reversed}) that always takes the
   * eligible activity with the smallest key.
   */
  void orderByKey(long[] keys, boolean reversed, int[] out) {
    int[] count = remainingCount;
    heap.clear(keys);
    for (int i = 0; i < n; i++) {
      count[i] = reversed ? p.succ[i].length : p.pred[i].length;
      if (count[i] == 0) {
        heap.push(i);
      }
    }
    int k = 0;
    while (!heap.isEmpty()) {
      int v = heap.pop();
      out[k++] = v;
      for (int q : reversed ? p.pred[v] : p.succ[v]) {
        if (--count[q] == 0) {
          heap.push(q);
        }
      }
    }
  }

  // ----- parallel scheme -----

  /**
   * Parallel SGS: at each decision time, starts the eligible activities that fit, smallest
   * priority key first. Writes {@code start} and returns the makespan.
   */
  public int parallel(double[] priority, int[] start) {
    schedules++;
    clearProfile();
    int[] fixed = p.fixedStart;
    int[] waiting = new int[n];
    int[] earliest = p.release.clone();
    boolean[] started = new boolean[n];
    Integer[] eligible = new Integer[n];
    int count = 0;
    int left = n;
    int makespan = 0;
    for (int j = 0; j < n; j++) {
      waiting[j] = p.pred[j].length;
    }
    for (int j = 0; j < n; j++) {
      if (fixed[j] >= 0) {
        start[j] = fixed[j];
        reserve(j, fixed[j]);
        started[j] = true;
        left--;
        makespan = Math.max(makespan, fixed[j] + p.duration[j]);
        for (int k = 0; k < p.succ[j].length; k++) {
          int q = p.succ[j][k];
          earliest[q] = Math.max(earliest[q], fixed[j] + p.succDelay[j][k]);
          waiting[q]--;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      if (!started[j] && waiting[j] == 0) {
        eligible[count++] = j;
      }
    }
    int t = 0;
    while (left > 0) {
      Arrays.sort(eligible, 0, count,
          (a, b) -> priority[a] != priority[b] ? Double.compare(priority[a], priority[b]) : a - b);
      int kept = 0;
      int firstNew = count;
      boolean again = false;
      for (int e = 0; e < firstNew; e++) {
        int j = eligible[e];
        if (earliest[j] <= t && fitsAt(j, t)) {
          start[j] = t;
          reserve(j, t);
          started[j] = true;
          left--;
          makespan = Math.max(makespan, t + p.duration[j]);
          for (int k = 0; k < p.succ[j].length; k++) {
            int q = p.succ[j][k];
            earliest[q] = Math.max(earliest[q], t + p.succDelay[j][k]);
            if (--waiting[q] == 0 && !started[q]) {
              eligible[count++] = q;
              again |= earliest[q] <= t;
            }
          }
        } else {
          eligible[kept++] = j;
        }
      }
      System.arraycopy(eligible, firstNew, eligible, kept, count - firstNew);
      count = kept + count - firstNew;
      if (again) {
        continue;
      }
      int next = Integer.MAX_VALUE;
      for (int e = 0; e < count; e++) {
        int j = eligible[e];
        if (earliest[j] > t) {
          next = Math.min(next, earliest[j]);
        }
      }
      for (int j = 0; j < n; j++) {
        int f = start[j] + p.duration[j];
        if (started[j] && f > t && f < next) {
          next = f;
        }
      }
      t = next == Integer.MAX_VALUE ? t + 1 : next;
    }
    return makespan;
  }

  /** A binary min-heap of activity numbers ordered by a key array. */
  private static final class Heap {
    private final int[] items;
    private int size;
    private long[] keys;

    Heap(int capacity) {
      items = new int[Math.max(capacity, 1)];
    }

    void clear(long[] keyArray) {
      keys = keyArray;
      size = 0;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(int v) {
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (keys[items[parent]] <= keys[v]) {
          break;
        }
        items[i] = items[parent];
        i = parent;
      }
      items[i] = v;
    }

    int pop() {
      int top = items[0];
      int last = items[--size];
      int i = 0;
      while (true) {
        int c = 2 * i + 1;
        if (c >= size) {
          break;
        }
        if (c + 1 < size && keys[items[c + 1]] < keys[items[c]]) {
          c++;
        }
        if (keys[items[c]] >= keys[last]) {
          break;
        }
        items[i] = items[c];
        i = c;
      }
      items[i] = last;
      return top;
    }
  }
}
