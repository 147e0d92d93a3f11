package org.pmoengine.scheduling.rcpsp;

import java.util.SplittableRandom;

/**
 * Priority rules for the schedule generation schemes. Each gives a key per activity; the
 * smaller key goes first.
 */
public enum PriorityRule {
  /** Latest finish time by the critical path. */
  LFT,
  /** Least total float (latest minus earliest start). */
  MIN_SLACK,
  /** Latest start time. */
  LST,
  /** Most total successors, direct and indirect. */
  MTS,
  /** Greatest rank positional weight: own duration plus the durations of direct successors. */
  GRPW,
  /** A random order, from the seed. */
  RANDOM;

  public double[] keys(Problem p, SplittableRandom random) {
    int n = p.n;
    double[] key = new double[n];
    switch (this) {
      case LFT -> {
        for (int i = 0; i < n; i++) {
          key[i] = p.lateStart[i] + p.duration[i];
        }
      }
      case MIN_SLACK -> {
        for (int i = 0; i < n; i++) {
          key[i] = p.lateStart[i] - p.earlyStart[i];
        }
      }
      case LST -> {
        for (int i = 0; i < n; i++) {
          key[i] = p.lateStart[i];
        }
      }
      case MTS -> {
        long[][] reach = new long[n][(n + 63) / 64];
        for (int t = n - 1; t >= 0; t--) {
          int v = p.topo[t];
          for (int q : p.succ[v]) {
            reach[v][q >>> 6] |= 1L << (q & 63);
            long[] rq = reach[q];
            for (int w = 0; w < rq.length; w++) {
              reach[v][w] |= rq[w];
            }
          }
          int c = 0;
          for (long word : reach[v]) {
            c += Long.bitCount(word);
          }
          key[v] = -c;
        }
      }
      case GRPW -> {
        for (int i = 0; i < n; i++) {
          double w = p.duration[i];
          for (int q : p.succ[i]) {
            w += p.duration[q];
          }
          key[i] = -w;
        }
      }
      case RANDOM -> {
        for (int i = 0; i < n; i++) {
          key[i] = random.nextDouble();
        }
      }
      default -> throw new IllegalStateException();
    }
    return key;
  }

  /** The activity list a serial SGS follows under this rule: best eligible activity first. */
  public int[] activityList(Problem p, SplittableRandom random) {
    long[] order = rankKeys(keys(p, random));
    int[] list = new int[p.n];
    new Sgs(p).orderByKey(order, false, list);
    return list;
  }

  /** Integer keys with the same order as {@code keys}, ties broken by activity number. */
  static long[] rankKeys(double[] keys) {
    int n = keys.length;
    double[] sorted = keys.clone();
    java.util.Arrays.sort(sorted);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < keys[i]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      out[i] = (long) lo * n + i;
    }
    return out;
  }

  public static PriorityRule parse(String name) {
    String s = name.trim().toUpperCase().replace("-", "_");
    return switch (s) {
      case "MINSLACK", "MSLK", "SLACK" -> MIN_SLACK;
      default -> valueOf(s);
    };
  }
}
