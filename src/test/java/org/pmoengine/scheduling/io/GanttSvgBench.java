package org.pmoengine.scheduling.io;

import java.util.Arrays;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;

/**
 * Render time of the Gantt chart. Run with
 * {@code ./mvnw -q -ntp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.pmoengine.scheduling.io.GanttSvgBench -Dexec.args="300"}.
 */
public final class GanttSvgBench {

  private GanttSvgBench() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Plan plan = SamplePlans.large(size, 7);
    Schedule schedule = CriticalPathMethod.schedule(plan);
    GanttSvg gantt = new GanttSvg();
    int length = 0;
    for (int i = 0; i < 200; i++) {
      length = gantt.render("bench", plan, schedule, schedule, plan.statusDate()).length();
    }
    double[] millis = new double[100];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      gantt.render("bench", plan, schedule, schedule, plan.statusDate());
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf("Gantt SVG, %d activities, %d links, with baseline: median %.2f ms, p90 %.2f ms, %d kB%n",
        size, plan.dependencies().size(), millis[50], millis[90], length / 1024);
  }
}
