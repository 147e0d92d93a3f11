package org.pmoengine.scheduling.rcpsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RcpspTests {

  /** Three activities on one resource of capacity 2; B precedes C. */
  static Problem small() {
    return Problem.builder(3, 1).capacity(0, 2)
        .duration(0, 3).demand(0, 0, 2)
        .duration(1, 2).demand(1, 0, 1)
        .duration(2, 2).demand(2, 0, 1)
        .finishToStart(1, 2)
        .build();
  }

  @Test
  void serialSchemeStartsEachActivityAtItsEarliestFeasibleTime() {
    Sgs sgs = new Sgs(small());
    int[] start = new int[3];

    assertThat(sgs.serial(new int[] {0, 1, 2}, start)).isEqualTo(7);
    assertThat(start).containsExactly(0, 3, 5);
    assertThat(sgs.serial(new int[] {1, 2, 0}, start)).isEqualTo(7);
    assertThat(start).containsExactly(4, 0, 2);
    assertThat(sgs.schedulesGenerated()).isEqualTo(2);
  }

  @Test
  void parallelSchemeFillsTheResourceByPriority() {
    Sgs sgs = new Sgs(small());
    int[] start = new int[3];

    // B first: B and then C run beside nothing else, A waits until C ends
    assertThat(sgs.parallel(new double[] {2, 0, 1}, start)).isEqualTo(7);
    assertThat(start).containsExactly(4, 0, 2);
    assertThat(small().criticalPathLength()).isEqualTo(4);
  }

  @Test
  void justificationShortensAScheduleWithAGap() {
    // one resource of capacity 1 for A(2), B(1) and D(1); B -> C(3) -> D, C needs nothing
    Problem p = Problem.builder(4, 1).capacity(0, 1)
        .duration(0, 2).demand(0, 0, 1)
        .duration(1, 1).demand(1, 0, 1)
        .duration(2, 3)
        .duration(3, 1).demand(3, 0, 1)
        .finishToStart(1, 2)
        .finishToStart(2, 3)
        .build();
    Sgs sgs = new Sgs(p);
    int[] list = {0, 1, 2, 3};
    int[] start = new int[4];
    int makespan = sgs.serial(list, start);
    assertThat(makespan).isEqualTo(7); // A 0-2, B 2-3, C 3-6, D 6-7

    int justified = sgs.justify(list, start, makespan);

    // backward: D, C and B packed to the end, A beside C; forward again: B 0-1, C 1-4, A 1-3, D 4-5
    assertThat(justified).isEqualTo(5);
    assertThat(start).containsExactly(1, 0, 1, 4);
    assertThat(p.violations(start)).isEmpty();
    assertThat(list).containsExactly(1, 2, 0, 3);
    assertThat(sgs.schedulesGenerated()).isEqualTo(3);
  }

  @Test
  void everyRuleAndSchemeGivesFeasibleSchedulesOnRandomProblems() {
    for (long seed = 1; seed <= 30; seed++) {
      Problem p = randomProblem(seed, 25);
      Sgs sgs = new Sgs(p);
      int[] start = new int[p.size()];
      for (PriorityRule rule : PriorityRule.values()) {
        int[] list = rule.activityList(p, new SplittableRandom(seed));
        int serial = sgs.serial(list, start);
        assertThat(p.violations(start)).as("serial %s seed %d", rule, seed).isEmpty();
        assertThat(serial).isGreaterThanOrEqualTo(p.criticalPathLength());
        int justified = sgs.justify(list, start, serial);
        assertThat(justified).isLessThanOrEqualTo(serial);
        assertThat(p.violations(start)).as("justified %s seed %d", rule, seed).isEmpty();
        int parallel = sgs.parallel(rule.keys(p, new SplittableRandom(seed)), start);
        assertThat(p.violations(start)).as("parallel %s seed %d", rule, seed).isEmpty();
        assertThat(parallel).isGreaterThanOrEqualTo(p.criticalPathLength());
      }
    }
  }

  @Test
  void geneticAlgorithmIsDeterministicFeasibleAndWithinBudget() {
    Problem p = randomProblem(5, 40);

    GeneticAlgorithm.Result a = GeneticAlgorithm.solve(p, GeneticAlgorithm.Options.schedules(500, 7));
    GeneticAlgorithm.Result b = GeneticAlgorithm.solve(p, GeneticAlgorithm.Options.schedules(500, 7));

    assertThat(b.start()).isEqualTo(a.start());
    assertThat(a.schedulesGenerated()).isLessThanOrEqualTo(500);
    assertThat(p.violations(a.start())).isEmpty();
    Sgs sgs = new Sgs(p);
    int[] start = new int[p.size()];
    int lft = sgs.serial(PriorityRule.LFT.activityList(p, new SplittableRandom(1)), start);
    assertThat(a.makespan()).isLessThanOrEqualTo(lft).isGreaterThanOrEqualTo(p.criticalPathLength());
  }

  @Test
  void fixedWorkKeepsItsStartEvenOverCapacityAndReleasesHold() {
    Problem p = Problem.builder(3, 1).capacity(0, 2)
        .duration(0, 3).demand(0, 0, 3).fixedStart(0, 1)
        .duration(1, 2).demand(1, 0, 2)
        .duration(2, 1).demand(2, 0, 1).release(2, 6)
        .build();

    GeneticAlgorithm.Result r = GeneticAlgorithm.solve(p, GeneticAlgorithm.Options.schedules(100, 1));

    assertThat(r.start()[0]).isEqualTo(1);
    assertThat(r.start()[1]).isIn(4); // not before or beside the fixed work at 1-4
    assertThat(r.start()[2]).isEqualTo(6);
  }

  @Test
  void aDemandAboveCapacityIsRefused() {
    assertThatThrownBy(() -> Problem.builder(1, 1).capacity(0, 1).duration(0, 1).demand(0, 0, 2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demands 2 of resource 0 whose capacity is 1");
  }

  static Problem randomProblem(long seed, int n) {
    Random random = new Random(seed);
    int resources = 1 + random.nextInt(4);
    Problem.Builder b = Problem.builder(n, resources);
    int[] cap = new int[resources];
    for (int r = 0; r < resources; r++) {
      cap[r] = 3 + random.nextInt(8);
      b.capacity(r, cap[r]);
    }
    int[] duration = new int[n];
    for (int i = 0; i < n; i++) {
      duration[i] = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(8);
      b.duration(i, duration[i]);
      for (int r = 0; r < resources; r++) {
        b.demand(i, r, random.nextInt(cap[r] + 1));
      }
      if (random.nextInt(8) == 0) {
        b.release(i, random.nextInt(10));
      }
    }
    for (int j = 1; j < n; j++) {
      for (int k = random.nextInt(3); k > 0; k--) {
        int i = random.nextInt(j);
        int delay = random.nextInt(4) == 0 ? random.nextInt(5) - 3 : duration[i];
        b.arc(i, j, delay);
      }
    }
    return b.build();
  }
}
