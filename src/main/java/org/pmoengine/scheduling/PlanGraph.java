package org.pmoengine.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated plan as index arrays: dependencies in compressed rows by predecessor and by
 * successor, and one topological order. Built once per scheduling run, so the passes over it
 * are plain loops over ints.
 */
final class PlanGraph {

  final int n;
  final Map<String, Integer> index;
  /** Incoming links of activity i: {@code inFrom[inStart[i] .. inStart[i+1]-1]}. */
  final int[] inStart;
  final int[] inFrom;
  final byte[] inType;
  final int[] inLag;
  /** Outgoing links of activity i, same layout. */
  final int[] outStart;
  final int[] outTo;
  final byte[] outType;
  final int[] outLag;
  final int[] topo;

  private PlanGraph(int n, Map<String, Integer> index, int[][] links) {
    this.n = n;
    this.index = index;
    int m = links[0].length;
    int[] from = links[0];
    int[] to = links[1];
    int[] type = links[2];
    int[] lag = links[3];
    inStart = new int[n + 1];
    outStart = new int[n + 1];
    for (int k = 0; k < m; k++) {
      inStart[to[k] + 1]++;
      outStart[from[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inStart[i + 1] += inStart[i];
      outStart[i + 1] += outStart[i];
    }
    inFrom = new int[m];
    inType = new byte[m];
    inLag = new int[m];
    outTo = new int[m];
    outType = new byte[m];
    outLag = new int[m];
    int[] inFill = inStart.clone();
    int[] outFill = outStart.clone();
    for (int k = 0; k < m; k++) {
      int a = inFill[to[k]]++;
      inFrom[a] = from[k];
      inType[a] = (byte) type[k];
      inLag[a] = lag[k];
      int b = outFill[from[k]]++;
      outTo[b] = to[k];
      outType[b] = (byte) type[k];
      outLag[b] = lag[k];
    }
    topo = topologicalOrder();
  }

  /** The graph of a plan; throws {@link PlanValidationException} when the plan has problems. */
  static PlanGraph of(Plan plan) {
    List<PlanProblem> problems = new ArrayList<>();
    PlanGraph graph = analyse(plan, problems);
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    return graph;
  }

  static List<PlanProblem> problemsOf(Plan plan) {
    List<PlanProblem> problems = new ArrayList<>();
    analyse(plan, problems);
    return problems;
  }

  private static PlanGraph analyse(Plan plan, List<PlanProblem> problems) {
    if (plan.projectStart() == null) {
      problems.add(new PlanProblem(null, "projectStart", "the plan has no start date"));
    }
    Map<String, Integer> resources = new HashMap<>();
    for (Resource r : plan.resources()) {
      if (r.id() == null || r.id().isBlank()) {
        problems.add(new PlanProblem(null, "resources", "a resource has no id"));
      } else if (resources.putIfAbsent(r.id(), resources.size()) != null) {
        problems.add(new PlanProblem(r.id(), "resources", "resource id " + r.id() + " is used twice"));
      }
      if (r.capacityPerDay() < 0) {
        problems.add(new PlanProblem(r.id(), "capacityPerDay",
            "resource " + r.id() + " has a negative capacity (" + r.capacityPerDay() + ")"));
      }
    }
    List<Activity> activities = plan.activities();
    int n = activities.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      Activity a = activities.get(i);
      if (a.id() == null || a.id().isBlank()) {
        problems.add(new PlanProblem(null, "id", "activity number " + (i + 1) + " has no id"));
        continue;
      }
      if (index.putIfAbsent(a.id(), i) != null) {
        problems.add(new PlanProblem(a.id(), "id", "activity id " + a.id() + " is used twice"));
      }
      checkActivity(a, resources, problems);
    }
    List<Dependency> deps = plan.dependencies();
    int[][] links = new int[4][deps.size()];
    int m = 0;
    for (Dependency d : deps) {
      Integer from = d.predecessorId() == null ? null : index.get(d.predecessorId());
      Integer to = d.successorId() == null ? null : index.get(d.successorId());
      if (from == null) {
        problems.add(new PlanProblem(d.successorId(), "dependencies", "dependency "
            + d.predecessorId() + " → " + d.successorId() + " names unknown activity " + d.predecessorId()));
      }
      if (to == null) {
        problems.add(new PlanProblem(d.predecessorId(), "dependencies", "dependency "
            + d.predecessorId() + " → " + d.successorId() + " names unknown activity " + d.successorId()));
      }
      if (from == null || to == null) {
        continue;
      }
      links[0][m] = from;
      links[1][m] = to;
      links[2][m] = d.type().ordinal();
      links[3][m] = d.lagDays();
      m++;
    }
    if (m < deps.size()) {
      for (int k = 0; k < 4; k++) {
        links[k] = java.util.Arrays.copyOf(links[k], m);
      }
    }
    PlanGraph graph = new PlanGraph(n, index, links);
    if (graph.topo.length < n) {
      List<String> cycle = graph.findCycle(activities);
      problems.add(new PlanProblem(cycle.get(0), "dependencies",
          "the dependencies form a cycle: " + String.join(" → ", cycle)));
    }
    return graph;
  }

  private static void checkActivity(Activity a, Map<String, Integer> resources, List<PlanProblem> problems) {
    String id = a.id();
    if (a.durationDays() < 0) {
      problems.add(new PlanProblem(id, "durationDays",
          "activity " + id + " has a negative duration (" + a.durationDays() + " days)"));
    }
    if (a.remainingDays() != null && a.remainingDays() < 0) {
      problems.add(new PlanProblem(id, "remainingDays",
          "activity " + id + " has a negative remaining duration (" + a.remainingDays() + " days)"));
    }
    if (a.percentComplete() < 0 || a.percentComplete() > 100) {
      problems.add(new PlanProblem(id, "percentComplete",
          "activity " + id + " is " + a.percentComplete() + " % complete; use 0 to 100"));
    }
    if (a.actualStart() != null && a.actualFinish() != null && a.actualFinish().isBefore(a.actualStart())) {
      problems.add(new PlanProblem(id, "actualFinish",
          "activity " + id + " finished (" + a.actualFinish() + ") before it started (" + a.actualStart() + ")"));
    }
    for (Map.Entry<String, Integer> e : a.demands().entrySet()) {
      if (!resources.containsKey(e.getKey())) {
        problems.add(new PlanProblem(id, "demands",
            "activity " + id + " demands unknown resource " + e.getKey()));
      } else if (e.getValue() == null || e.getValue() < 0) {
        problems.add(new PlanProblem(id, "demands",
            "activity " + id + " demands a negative amount of resource " + e.getKey()));
      }
    }
  }

  /** Kahn's algorithm; shorter than n when there is a cycle. */
  private int[] topologicalOrder() {
    int[] indegree = new int[n];
    for (int i = 0; i < n; i++) {
      indegree[i] = inStart[i + 1] - inStart[i];
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
      for (int k = outStart[v]; k < outStart[v + 1]; k++) {
        if (--indegree[outTo[k]] == 0) {
          order[tail++] = outTo[k];
        }
      }
    }
    return tail == n ? order : java.util.Arrays.copyOf(order, tail);
  }

  /**
   * One cycle among the activities Kahn's algorithm could not order, as ids with the first
   * repeated at the end. Every such activity has a predecessor that is also unordered, so walking
   * predecessors must come back to an activity already seen.
   */
  private List<String> findCycle(List<Activity> activities) {
    boolean[] ordered = new boolean[n];
    for (int v : topo) {
      ordered[v] = true;
    }
    int start = 0;
    while (ordered[start]) {
      start++;
    }
    int[] seenAt = new int[n];
    java.util.Arrays.fill(seenAt, -1);
    List<Integer> walk = new ArrayList<>();
    int v = start;
    while (seenAt[v] < 0) {
      seenAt[v] = walk.size();
      walk.add(v);
      int next = -1;
      for (int k = inStart[v]; k < inStart[v + 1]; k++) {
        if (!ordered[inFrom[k]]) {
          next = inFrom[k];
          break;
        }
      }
      v = next;
    }
    List<Integer> loop = new ArrayList<>(walk.subList(seenAt[v], walk.size()));
    java.util.Collections.reverse(loop);
    List<String> ids = new ArrayList<>();
    for (int i : loop) {
      ids.add(activities.get(i).id());
    }
    ids.add(ids.get(0));
    return ids;
  }
}
