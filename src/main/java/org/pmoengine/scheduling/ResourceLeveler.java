package org.pmoengine.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmoengine.scheduling.rcpsp.GeneticAlgorithm;
import org.pmoengine.scheduling.rcpsp.Problem;

/**
 * Resource levelling: delays activities until no resource is over its capacity on any working
 * day, keeping the project as short as the search can. The plan becomes an RCPSP over the work
 * not started yet: each dependency becomes a minimum distance between starts, each activity is
 * released at its critical-path early start, and work in progress is fixed where its actuals put
 * it. The genetic algorithm of {@link org.pmoengine.scheduling.rcpsp} then searches within the
 * options' budget.
 *
 * <p>Levelling never hides a conflict it cannot solve. An activity that demands more than a
 * resource's capacity is scheduled as if that capacity were its demand (it has the resource to
 * itself while it runs) and reported. Work in progress is not moved, so it can leave a resource
 * over capacity, which is reported too.
 */
public final class ResourceLeveler {

  private ResourceLeveler() {}

  public static LevelingResult level(Plan plan) {
    return level(plan, LevelingOptions.defaults());
  }

  public static LevelingResult level(Plan plan, LevelingOptions options) {
    long startedAt = System.nanoTime();
    Network net = new Network(plan);
    int n = net.n;
    int[] es = new int[n];
    int[] ef = new int[n];
    net.forward(net.lowerBound, es, ef);
    Schedule before = CriticalPathMethod.toSchedule(net, es, ef);

    List<Resource> resources = plan.resources();
    int rc = resources.size();
    Map<String, Integer> resourceIndex = new java.util.HashMap<>();
    for (int r = 0; r < rc; r++) {
      resourceIndex.put(resources.get(r).id(), r);
    }
    int[][] demand = new int[n][rc];
    List<Activity> activities = plan.activities();
    for (int i = 0; i < n; i++) {
      for (Map.Entry<String, Integer> e : activities.get(i).demands().entrySet()) {
        demand[i][resourceIndex.get(e.getKey())] = e.getValue();
      }
    }

    Problem.Builder b = Problem.builder(n, rc);
    for (int r = 0; r < rc; r++) {
      b.capacity(r, resources.get(r).capacityPerDay());
    }
    for (int i = 0; i < n; i++) {
      byte state = net.state[i];
      if (state == Network.DONE) {
        b.duration(i, 0).fixedStart(i, 0);
        continue;
      }
      if (state == Network.IN_PROGRESS) {
        int rest = Math.min(net.remaining[i], ef[i] - es[i]);
        int resume = ef[i] - rest;
        b.duration(i, Math.max(rest, 0)).fixedStart(i, Math.max(resume, 0));
        for (int r = 0; r < rc; r++) {
          b.demand(i, r, demand[i][r]);
        }
        continue;
      }
      b.duration(i, net.duration[i]).release(i, Math.max(es[i], 0));
      for (int r = 0; r < rc; r++) {
        b.demand(i, r, Math.min(demand[i][r], resources.get(r).capacityPerDay()));
      }
    }
    PlanGraph g = net.graph;
    for (int p = 0; p < n; p++) {
      if (net.state[p] != Network.NOT_STARTED) {
        continue;
      }
      for (int k = g.outStart[p]; k < g.outStart[p + 1]; k++) {
        int q = g.outTo[k];
        if (net.state[q] != Network.NOT_STARTED) {
          continue;
        }
        int lag = g.outLag[k];
        int delay = switch (g.outType[k]) {
          case 0 -> net.duration[p] + lag;
          case 1 -> lag;
          case 2 -> net.duration[p] + lag - net.duration[q];
          default -> lag - net.duration[q];
        };
        b.arc(p, q, delay);
      }
    }
    Problem problem = b.build();
    long limit = options.timeLimitMillis();
    if (limit > 0) {
      // the time limit covers the whole call, preparation included
      limit = Math.max(1, limit - (System.nanoTime() - startedAt) / 1_000_000);
    }
    GeneticAlgorithm.Result found = GeneticAlgorithm.solve(problem,
        new GeneticAlgorithm.Options(options.seed(), Math.max(options.maxSchedules(), 1), limit, 0));

    // a forward pass from the levelled starts also moves the finish of work in progress that
    // waits on a delayed predecessor (FF, SF); what that costs shows in the over-allocations
    int[] release = net.lowerBound.clone();
    for (int i = 0; i < n; i++) {
      if (net.state[i] == Network.NOT_STARTED) {
        release[i] = found.start()[i];
      }
    }
    int[] ls = new int[n];
    int[] lf = new int[n];
    net.forward(release, ls, lf);
    Schedule after = CriticalPathMethod.toSchedule(net, ls, lf);

    List<LevelingResult.MovedActivity> moved = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (ls[i] > es[i]) {
        moved.add(new LevelingResult.MovedActivity(activities.get(i).id(),
            before.activities().get(i).startDate(), after.activities().get(i).startDate(), ls[i] - es[i]));
      }
    }
    List<LevelingResult.OverAllocation> over = overAllocations(plan, net, after, demand, ls, lf);
    return new LevelingResult(after, before.finishDate(), after.finishDate(), before.finishOffset(),
        after.finishOffset(), moved, over, found.schedulesGenerated());
  }

  /**
   * Days where the real demands exceed a capacity, grouped by resource, with the reason: a
   * demand above capacity, or work in progress that levelling does not move.
   */
  private static List<LevelingResult.OverAllocation> overAllocations(Plan plan, Network net,
      Schedule after, int[][] demand, int[] start, int[] finish) {
    List<LevelingResult.OverAllocation> out = new ArrayList<>();
    List<Resource> resources = plan.resources();
    List<Activity> activities = plan.activities();
    int n = net.n;
    int horizon = 0;
    for (int i = 0; i < n; i++) {
      if (net.state[i] != Network.DONE) {
        horizon = Math.max(horizon, finish[i]);
      }
    }
    for (int r = 0; r < resources.size(); r++) {
      Resource res = resources.get(r);
      int[] use = new int[Math.max(horizon, 0)];
      for (int i = 0; i < n; i++) {
        if (net.state[i] == Network.DONE || demand[i][r] == 0) {
          continue;
        }
        int from = net.state[i] == Network.IN_PROGRESS ? finish[i] - net.remaining[i] : start[i];
        for (int t = Math.max(from, 0); t < finish[i]; t++) {
          use[t] += demand[i][r];
        }
      }
      int first = -1;
      int last = -1;
      int peak = 0;
      for (int t = 0; t < use.length; t++) {
        if (use[t] > res.capacityPerDay()) {
          first = first < 0 ? t : first;
          last = t;
          peak = Math.max(peak, use[t]);
        }
      }
      if (first < 0) {
        continue;
      }
      Set<String> ids = new LinkedHashSet<>();
      List<String> reasons = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (net.state[i] == Network.DONE || demand[i][r] == 0) {
          continue;
        }
        int from = net.state[i] == Network.IN_PROGRESS ? finish[i] - net.remaining[i] : start[i];
        if (from > last || finish[i] <= first) {
          continue;
        }
        Activity a = activities.get(i);
        if (demand[i][r] > res.capacityPerDay()) {
          ids.add(a.id());
          reasons.add("activity " + a.id() + " needs " + demand[i][r] + " of " + res.id()
              + " per day but its capacity is " + res.capacityPerDay()
              + "; it is scheduled to have " + res.id() + " to itself while it runs");
        } else if (net.state[i] == Network.IN_PROGRESS) {
          ids.add(a.id());
          reasons.add("activity " + a.id() + " is in progress and keeps its dates");
        }
      }
      if (reasons.isEmpty()) {
        reasons.add("work fixed by its actuals overlaps");
      }
      LocalDate fromDate = plan.calendar().dateAt(plan.projectStart(), first);
      LocalDate toDate = plan.calendar().dateAt(plan.projectStart(), last);
      out.add(new LevelingResult.OverAllocation(res.id(), fromDate, toDate, peak, res.capacityPerDay(),
          List.copyOf(ids), String.join("; ", reasons)));
    }
    return out;
  }
}
