package org.pmoengine.scheduling.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.pmoengine.scheduling.rcpsp.GeneticAlgorithm;
import org.pmoengine.scheduling.rcpsp.PriorityRule;
import org.pmoengine.scheduling.rcpsp.Problem;
import org.pmoengine.scheduling.rcpsp.Sgs;

/**
 * Runs the resource-constrained scheduler on every PSPLIB .sm file of a folder and writes one
 * schedule per instance plus a summary.
 *
 * <pre>
 * --instances DIR   folder of .sm files (single mode)
 * --out DIR         where OUT/&lt;instance&gt;.csv (activity,start) and OUT/summary.csv go
 * --optima FILE     optional: problem,optimum (a number or lb..ub)
 * --schedules N     budget of generated schedules per instance (default 5000)
 * --seed S          random seed (default 1)
 * --rule R          instead of the genetic algorithm, one serial SGS pass with rule R
 *                   (LFT, MIN_SLACK, LST, MTS, GRPW, RANDOM): the baseline
 * --time-limit MS   optional wall-clock limit per instance
 * </pre>
 */
public final class PsplibBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PsplibBench() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = parse(args);
    if (!opts.containsKey("instances") || !opts.containsKey("out")) {
      System.err.println("usage: PsplibBench --instances DIR --out DIR [--optima FILE] "
          + "[--schedules N] [--seed S] [--rule LFT] [--time-limit MS]");
      System.exit(2);
    }
    Path instances = Path.of(opts.get("instances"));
    Path out = Path.of(opts.get("out"));
    int budget = Integer.parseInt(opts.getOrDefault("schedules", "5000"));
    long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
    long timeLimit = Long.parseLong(opts.getOrDefault("time-limit", "0"));
    PriorityRule rule = opts.containsKey("rule") ? PriorityRule.parse(opts.get("rule")) : null;
    Map<String, int[]> optima = opts.containsKey("optima") ? readOptima(Path.of(opts.get("optima"))) : Map.of();
    Files.createDirectories(out);
    List<Path> files = PsplibInstance.filesIn(instances);
    if (files.isEmpty()) {
      System.err.println("no .sm files in " + instances);
      System.exit(2);
    }
    double sumLb = 0;
    double sumOpt = 0;
    int withOpt = 0;
    int atOpt = 0;
    double sumMs = 0;
    double maxMs = 0;
    double sumCpu = 0;
    double maxCpu = 0;
    long schedules = 0;
    int infeasible = 0;
    try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("summary.csv")))) {
      summary.println("instance,jobs,makespan,cp_lower_bound,optimum,deviation_pct,schedules,ms,cpu_ms,feasible");
      for (Path file : files) {
        PsplibInstance inst = PsplibInstance.read(file);
        Problem problem = inst.toProblem();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int[] start;
        int makespan;
        long generated;
        if (rule == null) {
          GeneticAlgorithm.Result r = GeneticAlgorithm.solve(problem,
              new GeneticAlgorithm.Options(seed, budget, timeLimit, 0));
          start = r.start();
          makespan = r.makespan();
          generated = r.schedulesGenerated();
        } else {
          Sgs sgs = new Sgs(problem);
          start = new int[problem.size()];
          makespan = sgs.serial(rule.activityList(problem, new SplittableRandom(seed)), start);
          generated = sgs.schedulesGenerated();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        sumCpu += cpu;
        maxCpu = Math.max(maxCpu, cpu);
        boolean feasible = problem.violations(start).isEmpty();
        infeasible += feasible ? 0 : 1;
        writeSchedule(out.resolve(inst.name() + ".csv"), start);
        int lb = problem.criticalPathLength();
        sumLb += 100.0 * (makespan - lb) / lb;
        int[] opt = optima.get(inst.name() + ".sm");
        String optText = "";
        String dev = String.format(Locale.ROOT, "%.3f", 100.0 * (makespan - lb) / lb);
        if (opt != null) {
          optText = opt[0] == opt[1] ? Integer.toString(opt[0]) : opt[0] + ".." + opt[1];
          if (opt[0] == opt[1]) {
            withOpt++;
            atOpt += makespan == opt[0] ? 1 : 0;
            double d = 100.0 * (makespan - opt[0]) / opt[0];
            sumOpt += d;
            dev = String.format(Locale.ROOT, "%.3f", d);
          }
        }
        sumMs += ms;
        maxMs = Math.max(maxMs, ms);
        schedules += generated;
        summary.printf(Locale.ROOT, "%s,%d,%d,%d,%s,%s,%d,%.2f,%.2f,%s%n", inst.name(), inst.jobs(), makespan,
            lb, optText, dev, generated, ms, cpu, feasible);
      }
    }
    int count = files.size();
    System.out.printf(Locale.ROOT, "instances %d (%s), mode %s, seed %d%n", count, instances,
        rule == null ? "genetic algorithm, " + budget + " schedules" : "serial SGS, " + rule, seed);
    if (!optima.isEmpty()) {
      System.out.printf(Locale.ROOT, "mean deviation from the optimum: %.3f %% (%d with a proven optimum, %d at it)%n",
          sumOpt / Math.max(withOpt, 1), withOpt, atOpt);
    }
    System.out.printf(Locale.ROOT, "mean deviation above the critical-path lower bound: %.3f %%%n", sumLb / count);
    System.out.printf(Locale.ROOT, "time per instance: mean %.2f ms, max %.2f ms (wall clock); "
        + "thread CPU mean %.2f ms, max %.2f ms%n", sumMs / count, maxMs, sumCpu / count, maxCpu);
    System.out.printf(Locale.ROOT, "schedules generated: %d (%.0f per instance)%n", schedules, (double) schedules / count);
    System.out.printf(Locale.ROOT, "infeasible (own check): %d%n", infeasible);
  }

  private static void writeSchedule(Path file, int[] start) throws IOException {
    StringBuilder sb = new StringBuilder("activity,start\n");
    for (int i = 0; i < start.length; i++) {
      sb.append(i + 1).append(',').append(start[i]).append('\n');
    }
    Files.writeString(file, sb);
  }

  static Map<String, int[]> readOptima(Path file) throws IOException {
    Map<String, int[]> optima = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.split(",");
      if (parts.length < 2 || parts[1].isBlank() || !Character.isDigit(parts[1].trim().charAt(0))) {
        continue;
      }
      String v = parts[1].trim();
      int dots = v.indexOf("..");
      int lo = Integer.parseInt(dots < 0 ? v : v.substring(0, dots));
      int hi = dots < 0 ? lo : Integer.parseInt(v.substring(dots + 2));
      optima.put(parts[0].trim(), new int[] {lo, hi});
    }
    return optima;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String key = args[i].substring(2);
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("--" + key + " needs a value");
      }
      map.put(key, args[++i]);
    }
    return map;
  }
}
