package org.pmoengine.scheduling.rcpsp;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A genetic algorithm on activity lists (Hartmann 1998) with forward-backward improvement
 * (Valls, Ballestín and Quintanilla 2005). An individual is a precedence-feasible activity list;
 * it is decoded by the serial SGS and then justified, and the justified order is written back
 * into the individual. Children come from two-point crossover (the father's order fills the
 * middle part) and a mutation that swaps neighbours not linked by an arc, so every list stays
 * precedence-feasible. Survivors are the best of parents and children (ranking selection),
 * one copy of each schedule while there are enough distinct ones. A child whose serial schedule
 * was seen before is dropped before justification, which saves two passes of the budget. The
 * first individual follows the LFT rule, the others are sampled with regret-based biased random
 * sampling on LFT. Every pass of a schedule generation scheme counts against the budget.
 * The same problem, options and seed always give the same result.
 */
public final class GeneticAlgorithm {

  /**
   * @param seed random seed
   * @param maxSchedules budget of generated schedules (each SGS pass counts one)
   * @param timeLimitMillis wall-clock limit, or 0 for none
   * @param populationSize individuals kept per generation, or 0 to choose by budget
   */
  public record Options(long seed, int maxSchedules, long timeLimitMillis, int populationSize) {
    public static Options schedules(int maxSchedules, long seed) {
      return new Options(seed, maxSchedules, 0, 0);
    }
  }

  /** The best schedule found. */
  public record Result(int[] start, int makespan, long schedulesGenerated, double millis) {}

  private static final double MUTATION_RATE = 0.05;
  /** Budget per individual kept: 5,000 schedules keep 100 individuals. */
  private static final int SCHEDULES_PER_INDIVIDUAL = 50;
  private static final int MAX_POPULATION = 100;

  private final Problem p;
  private final Options options;
  private final Sgs sgs;
  private final SplittableRandom random;
  private final int n;
  private final long deadline;
  private int[] bestStart;
  private int bestMakespan = Integer.MAX_VALUE;

  private GeneticAlgorithm(Problem problem, Options options) {
    this.p = problem;
    this.options = options;
    this.sgs = new Sgs(problem);
    this.random = new SplittableRandom(options.seed());
    this.n = problem.n;
    this.deadline = options.timeLimitMillis() > 0
        ? System.nanoTime() + options.timeLimitMillis() * 1_000_000L : Long.MAX_VALUE;
  }

  public static Result solve(Problem problem, Options options) {
    long t0 = System.nanoTime();
    GeneticAlgorithm ga = new GeneticAlgorithm(problem, options);
    ga.run();
    return new Result(ga.bestStart, ga.bestMakespan, ga.sgs.schedulesGenerated(),
        (System.nanoTime() - t0) / 1e6);
  }

  private static final class Individual {
    final int[] list;
    final int[] start;
    int makespan;
    double tie;

    Individual(int[] list, int n) {
      this.list = list;
      this.start = new int[n];
    }
  }

  private boolean canEvaluate() {
    return options.maxSchedules() - sgs.schedulesGenerated() >= 1 && System.nanoTime() < deadline;
  }

  /** Returns false when the decoded schedule was seen before, so justifying it again is waste. */
  private boolean evaluate(Individual ind) {
    ind.makespan = sgs.serial(ind.list, ind.start);
    if (!seen.add(hash(ind.start))) {
      return false;
    }
    if (options.maxSchedules() - sgs.schedulesGenerated() >= 2) {
      ind.makespan = sgs.justify(ind.list, ind.start, ind.makespan);
    }
    ind.tie = random.nextDouble();
    if (ind.makespan < bestMakespan) {
      bestMakespan = ind.makespan;
      bestStart = ind.start.clone();
    }
    return true;
  }

  private final java.util.HashSet<Long> seen = new java.util.HashSet<>();

  private static long hash(int[] start) {
    long h = 1125899906842597L;
    for (int v : start) {
      h = 31 * h + v;
      h ^= h >>> 29;
    }
    return h;
  }

  private void run() {
    int popSize = options.populationSize() > 0 ? options.populationSize()
        : Math.max(10, Math.min(MAX_POPULATION, options.maxSchedules() / SCHEDULES_PER_INDIVIDUAL));
    double[] lft = PriorityRule.LFT.keys(p, random);
    Individual first = new Individual(PriorityRule.LFT.activityList(p, random), n);
    first.makespan = sgs.serial(first.list, first.start);
    seen.add(hash(first.start));
    bestMakespan = first.makespan;
    bestStart = first.start.clone();
    if (options.maxSchedules() - sgs.schedulesGenerated() >= 2) {
      first.makespan = sgs.justify(first.list, first.start, first.makespan);
      if (first.makespan < bestMakespan) {
        bestMakespan = first.makespan;
        bestStart = first.start.clone();
      }
    }
    Individual[] pop = new Individual[popSize];
    pop[0] = first;
    int size = 1;
    int lowerBound = p.criticalPathLength;
    while (size < popSize && canEvaluate() && bestMakespan > lowerBound) {
      Individual ind = new Individual(sample(lft), n);
      if (evaluate(ind)) {
        pop[size++] = ind;
      }
    }
    Individual[] pool = new Individual[2 * popSize];
    while (canEvaluate() && bestMakespan > lowerBound && size >= 2) {
      shuffle(pop, size);
      int count = 0;
      for (int i = 0; i + 1 < size && canEvaluate(); i += 2) {
        Individual a = pop[i];
        Individual b = pop[i + 1];
        int q1 = random.nextInt(n + 1);
        int q2 = random.nextInt(n + 1);
        if (q1 > q2) {
          int t = q1;
          q1 = q2;
          q2 = t;
        }
        for (int c = 0; c < 2 && canEvaluate(); c++) {
          Individual child = new Individual(crossover(c == 0 ? a.list : b.list, c == 0 ? b.list : a.list, q1, q2), n);
          mutate(child.list);
          if (evaluate(child)) {
            pool[count++] = child;
          }
        }
      }
      System.arraycopy(pop, 0, pool, count, size);
      int total = count + size;
      Arrays.sort(pool, 0, total, (x, y) -> x.makespan != y.makespan
          ? Integer.compare(x.makespan, y.makespan) : Double.compare(x.tie, y.tie));
      size = 0;
      java.util.Set<Long> kept = new java.util.HashSet<>();
      for (int i = 0; i < total && size < popSize; i++) {
        if (kept.add(hash(pool[i].start))) {
          pop[size++] = pool[i];
          pool[i] = null;
        }
      }
      for (int i = 0; i < total && size < popSize; i++) {
        if (pool[i] != null) {
          pop[size++] = pool[i];
        }
      }
      Arrays.fill(pool, null);
    }
  }

  private void shuffle(Individual[] pop, int size) {
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Individual t = pop[i];
      pop[i] = pop[j];
      pop[j] = t;
    }
  }

  /** Mother's first q1 activities, then the father's order up to q2, then the mother's. */
  private int[] crossover(int[] mother, int[] father, int q1, int q2) {
    int[] child = new int[n];
    boolean[] taken = new boolean[n];
    int k = 0;
    for (; k < q1; k++) {
      child[k] = mother[k];
      taken[mother[k]] = true;
    }
    for (int i = 0; i < n && k < q2; i++) {
      int v = father[i];
      if (!taken[v]) {
        child[k++] = v;
        taken[v] = true;
      }
    }
    for (int i = 0; i < n && k < n; i++) {
      int v = mother[i];
      if (!taken[v]) {
        child[k++] = v;
        taken[v] = true;
      }
    }
    return child;
  }

  private void mutate(int[] list) {
    for (int i = 0; i + 1 < n; i++) {
      if (random.nextDouble() < MUTATION_RATE && !p.related(list[i], list[i + 1])) {
        int t = list[i];
        list[i] = list[i + 1];
        list[i + 1] = t;
      }
    }
  }

  /**
   * Regret-based biased random sampling: an eligible activity is picked with probability
   * proportional to how much better its key is than the worst eligible key, plus one.
   */
  private int[] sample(double[] key) {
    int[] list = new int[n];
    int[] waiting = new int[n];
    int[] eligible = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      waiting[i] = p.pred[i].length;
      if (waiting[i] == 0) {
        eligible[count++] = i;
      }
    }
    double[] weight = new double[n];
    for (int k = 0; k < n; k++) {
      double worst = Double.NEGATIVE_INFINITY;
      for (int e = 0; e < count; e++) {
        worst = Math.max(worst, key[eligible[e]]);
      }
      double sum = 0;
      for (int e = 0; e < count; e++) {
        weight[e] = worst - key[eligible[e]] + 1;
        sum += weight[e];
      }
      double pick = random.nextDouble() * sum;
      int chosen = count - 1;
      for (int e = 0; e < count; e++) {
        pick -= weight[e];
        if (pick < 0) {
          chosen = e;
          break;
        }
      }
      int v = eligible[chosen];
      eligible[chosen] = eligible[--count];
      list[k] = v;
      for (int q : p.succ[v]) {
        if (--waiting[q] == 0) {
          eligible[count++] = q;
        }
      }
    }
    return list;
  }
}
