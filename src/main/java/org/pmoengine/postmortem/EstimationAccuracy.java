package org.pmoengine.postmortem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pmoengine.postmortem.PostMortemMetrics.KindAccuracy;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Plan;

/**
 * Planned against actual duration per activity kind. The plan model has no kind, so the kind is
 * the leading word of the activity's name ("Build billing API" is {@code build}): plans name
 * activities verb or discipline first, in our own plans and in MS Project files alike, and the
 * leading word groups them across projects without anyone maintaining a code list.
 *
 * <p>An activity counts when it was in the first baseline (the original estimate) and has
 * finished in the latest plan. Its actual duration is the working days from its actual start to
 * its actual finish, both inclusive, in the latest plan's calendar. Milestones are left out.
 */
public final class EstimationAccuracy {

  private EstimationAccuracy() {}

  public static List<KindAccuracy> of(Plan firstBaseline, Plan latest) {
    Map<String, Activity> planned = new LinkedHashMap<>();
    firstBaseline.activities().forEach(a -> planned.put(a.id(), a));
    Map<String, int[]> byKind = new LinkedHashMap<>();
    for (Activity done : latest.activities()) {
      Activity estimate = planned.get(done.id());
      if (estimate == null || estimate.milestone() || !done.finished()
          || done.actualStart() == null) {
        continue;
      }
      int actual = latest.calendar().offsetOf(done.actualStart(), done.actualFinish()) + 1;
      int[] sums = byKind.computeIfAbsent(kindOf(estimate), k -> new int[3]);
      sums[0]++;
      sums[1] += estimate.durationDays();
      sums[2] += actual;
    }
    return byKind.entrySet().stream().map(e -> new KindAccuracy(e.getKey(), e.getValue()[0],
        e.getValue()[1], e.getValue()[2], BigDecimal.valueOf(e.getValue()[2])
            .divide(BigDecimal.valueOf(e.getValue()[1]), 2, RoundingMode.HALF_UP))).toList();
  }

  /** The leading word of the name (else of the id), in lower case: {@code "Build API" -> build}. */
  public static String kindOf(Activity activity) {
    String source = activity.name() == null || activity.name().isBlank()
        ? activity.id() : activity.name();
    String word = source.strip().split("[^\\p{L}\\p{N}]+", 2)[0];
    return word.isEmpty() ? "other" : word.toLowerCase(Locale.ROOT);
  }
}
