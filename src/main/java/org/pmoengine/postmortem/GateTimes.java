package org.pmoengine.postmortem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pmoengine.postmortem.PostMortemMetrics.GateTime;

/**
 * The time spent in each gate, from the stage-work and gate-review tasks of the lifecycle. A
 * gate's stage work is counted once per round (a Recycle starts another round); the reviews of
 * a review by every member run side by side, so overlapping reviews count once.
 */
public final class GateTimes {

  /** One task of the lifecycle: stage work or a review, for a gate, with its open interval. */
  public record TaskSpan(boolean review, String gate, Instant start, Instant end) {}

  private static final BigDecimal DAY_MILLIS = BigDecimal.valueOf(Duration.ofDays(1).toMillis());

  private GateTimes() {}

  public static List<GateTime> of(List<TaskSpan> spans) {
    Map<String, List<TaskSpan>> byGate = new TreeMap<>();
    spans.forEach(s -> byGate.computeIfAbsent(s.gate(), g -> new ArrayList<>()).add(s));
    List<GateTime> times = new ArrayList<>();
    byGate.forEach((gate, list) -> {
      List<TaskSpan> work = list.stream().filter(s -> !s.review()).toList();
      List<TaskSpan> reviews = list.stream().filter(TaskSpan::review).toList();
      Instant first = list.stream().map(TaskSpan::start).min(Comparator.naturalOrder())
          .orElseThrow();
      Instant last = list.stream().map(GateTimes::endOf).max(Comparator.naturalOrder())
          .orElseThrow();
      times.add(new GateTime(gate, work.size(), days(sum(work)), days(merged(reviews)),
          days(Duration.between(first, last))));
    });
    return times;
  }

  /** Stage-work rounds beyond the first of each gate: the stages the board sent back. */
  public static int recycles(List<GateTime> times) {
    return times.stream().mapToInt(t -> Math.max(0, t.rounds() - 1)).sum();
  }

  private static Duration sum(List<TaskSpan> spans) {
    return spans.stream().map(s -> Duration.between(s.start(), endOf(s)))
        .reduce(Duration.ZERO, Duration::plus);
  }

  private static Duration merged(List<TaskSpan> spans) {
    List<TaskSpan> sorted = spans.stream().sorted(Comparator.comparing(TaskSpan::start)).toList();
    Duration total = Duration.ZERO;
    Instant from = null;
    Instant to = null;
    for (TaskSpan s : sorted) {
      if (to == null || s.start().isAfter(to)) {
        if (to != null) {
          total = total.plus(Duration.between(from, to));
        }
        from = s.start();
        to = endOf(s);
      } else if (endOf(s).isAfter(to)) {
        to = endOf(s);
      }
    }
    return to == null ? total : total.plus(Duration.between(from, to));
  }

  private static Instant endOf(TaskSpan s) {
    return s.end() == null ? s.start() : s.end();
  }

  private static BigDecimal days(Duration d) {
    return BigDecimal.valueOf(d.toMillis()).divide(DAY_MILLIS, 2, RoundingMode.HALF_UP);
  }
}
