package org.pmoengine.scheduling.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;
import org.pmoengine.scheduling.LevelingOptions;
import org.pmoengine.scheduling.LevelingResult;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.ResourceLeveler;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.WorkCalendar;

/**
 * Times the plan-level entry points on generated plans: the critical path method on 10,000
 * activities and 30,000 dependencies (median of repeated runs after warm-up), and levelling
 * 2,000 activities on 20 resources with the default options.
 *
 * <pre>
 * --activities N    CPM plan size (default 10000), three dependencies per activity
 * --runs N          timed CPM runs (default 200)
 * --level N         levelling plan size (default 2000), 20 resources
 * </pre>
 */
public final class PlanBench {

  private PlanBench() {}

  public static void main(String[] args) {
    int activities = 10_000;
    int runs = 200;
    int levelSize = 2_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--activities" -> activities = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--level" -> levelSize = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Plan plan = plan(activities, 3, 0, 1);
    for (int i = 0; i < 50; i++) {
      CriticalPathMethod.schedule(plan);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    Schedule s = null;
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      s = CriticalPathMethod.schedule(plan);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "CPM: %d activities, %d dependencies, %d runs after 50 warm-up: "
            + "wall median %.2f ms (min %.2f, 90th percentile %.2f), thread CPU median %.2f ms; "
            + "finish %s, %d critical%n",
        plan.activities().size(), plan.dependencies().size(), runs, ms[runs / 2], ms[0], ms[runs * 9 / 10],
        cpu[runs / 2], s.finishDate(), s.criticalActivityIds().size());

    Plan big = plan(levelSize, 3, 20, 2);
    LevelingOptions options = LevelingOptions.defaults();
    ResourceLeveler.level(big, options);
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    LevelingResult result = ResourceLeveler.level(big, options);
    double levelMs = (System.nanoTime() - t0) / 1e6;
    double levelCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    System.out.printf(Locale.ROOT, "Levelling: %d activities, 20 resources, options %s: wall %.0f ms, "
            + "thread CPU %.0f ms; "
            + "finish %s -> %s (%d -> %d working days), %d activities moved, %d schedules, %d over-allocated%n",
        levelSize, options, levelMs, levelCpu, result.finishBefore(), result.finishAfter(), result.finishOffsetBefore(),
        result.finishOffsetAfter(), result.moved().size(), result.schedulesGenerated(),
        result.overAllocations().size());
  }

  /** A random acyclic plan: each activity links to earlier ones within a window of 200. */
  static Plan plan(int n, int linksPerActivity, int resources, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Resource> res = new ArrayList<>();
    for (int r = 0; r < resources; r++) {
      res.add(new Resource("R" + r, "Resource " + r, 4 + random.nextInt(8)));
    }
    List<Activity> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Activity a = Activity.of("A" + i, random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(10));
      for (int k = 0; k < 2 && resources > 0; k++) {
        Resource r = res.get(random.nextInt(resources));
        a = a.withDemand(r.id(), 1 + random.nextInt(r.capacityPerDay() / 2));
      }
      list.add(a);
    }
    List<Dependency> deps = new ArrayList<>(n * linksPerActivity);
    DependencyType[] types = DependencyType.values();
    for (int j = 1; j < n; j++) {
      for (int k = 0; k < linksPerActivity; k++) {
        int i = Math.max(0, j - 1 - random.nextInt(Math.min(j, 200)));
        DependencyType type = random.nextInt(4) == 0 ? types[random.nextInt(4)] : DependencyType.FS;
        deps.add(Dependency.of("A" + i, "A" + j, type, random.nextInt(5) - 1));
      }
    }
    return new Plan(LocalDate.of(2026, 1, 5), null, WorkCalendar.mondayToFriday(), list, deps, res);
  }

}
