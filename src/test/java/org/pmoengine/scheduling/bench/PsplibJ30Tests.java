package org.pmoengine.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pmoengine.scheduling.rcpsp.GeneticAlgorithm;
import org.pmoengine.scheduling.rcpsp.PriorityRule;
import org.pmoengine.scheduling.rcpsp.Problem;
import org.pmoengine.scheduling.rcpsp.Sgs;

/**
 * The whole PSPLIB j30 set with a small budget: every schedule must be feasible by our own
 * check, and no makespan may beat the proven optimum (which would mean the check is wrong).
 * The folder is taken from {@code -Dpsplib.dir}, by default {@code /work/shared/psplib}.
 */
class PsplibJ30Tests {

  static final Path PSPLIB = Path.of(System.getProperty("psplib.dir", "/work/shared/psplib"));

  static Path j30() {
    Path dir = PSPLIB.resolve("j30");
    if (!Files.isDirectory(dir)) {
      fail("PSPLIB j30 not found at " + dir.toAbsolutePath()
          + "; give its parent folder with -Dpsplib.dir=...");
    }
    return dir;
  }

  @Test
  void readsTheFirstInstance() throws Exception {
    PsplibInstance inst = PsplibInstance.read(j30().resolve("j301_1.sm"));

    assertThat(inst.name()).isEqualTo("j301_1");
    assertThat(inst.jobs()).isEqualTo(32);
    assertThat(inst.capacities()).containsExactly(12, 13, 4, 12);
    assertThat(inst.successors()[0]).containsExactly(2, 3, 4);
    assertThat(inst.durations()[1]).isEqualTo(8);
    assertThat(inst.demands()[1]).containsExactly(4, 0, 0, 0);
    assertThat(inst.toProblem().criticalPathLength()).isEqualTo(38);
  }

  @Test
  void everyJ30ScheduleIsFeasibleWithASmallBudget() throws Exception {
    Path dir = j30();
    List<Path> files = PsplibInstance.filesIn(dir);
    Map<String, int[]> optima = PsplibBench.readOptima(dir.resolve("optimum.csv"));
    assertThat(files).hasSize(480);
    for (Path file : files) {
      PsplibInstance inst = PsplibInstance.read(file);
      Problem problem = inst.toProblem();
      GeneticAlgorithm.Result r = GeneticAlgorithm.solve(problem, GeneticAlgorithm.Options.schedules(50, 1));
      assertThat(problem.violations(r.start())).as(inst.name()).isEmpty();
      assertThat(independentViolations(inst, r.start())).as(inst.name()).isZero();
      assertThat(r.schedulesGenerated()).isLessThanOrEqualTo(50);
      int[] optimum = optima.get(inst.name() + ".sm");
      assertThat(r.makespan()).as(inst.name()).isGreaterThanOrEqualTo(optimum[0])
          .isGreaterThanOrEqualTo(problem.criticalPathLength());

      int[] start = new int[problem.size()];
      new Sgs(problem).serial(PriorityRule.LFT.activityList(problem, new SplittableRandom(1)), start);
      assertThat(independentViolations(inst, start)).as(inst.name()).isZero();
    }
  }

  /** Precedence and capacity checked from the .sm data, not from the scheduler's problem. */
  static int independentViolations(PsplibInstance inst, int[] start) {
    int bad = 0;
    int end = 0;
    for (int j = 0; j < inst.jobs(); j++) {
      bad += start[j] < 0 ? 1 : 0;
      for (int s : inst.successors()[j]) {
        bad += start[s - 1] < start[j] + inst.durations()[j] ? 1 : 0;
      }
      end = Math.max(end, start[j] + inst.durations()[j]);
    }
    for (int t = 0; t < end; t++) {
      for (int r = 0; r < inst.capacities().length; r++) {
        int use = 0;
        for (int j = 0; j < inst.jobs(); j++) {
          if (start[j] <= t && t < start[j] + inst.durations()[j]) {
            use += inst.demands()[j][r];
          }
        }
        bad += use > inst.capacities()[r] ? 1 : 0;
      }
    }
    return bad;
  }
}
