package org.pmoengine.scoring.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pmoengine.intake.ScoringInput;

/** A seeded mix of requests across every category, route, band and rating. */
final class BenchInputs {

  private static final String[] CATEGORIES = {"strategic", "operational", "regulatory", "maintenance"};

  private BenchInputs() {}

  static List<ScoringInput> generate(int count, long seed) {
    Random random = new Random(seed);
    List<ScoringInput> inputs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      inputs.add(new ScoringInput(
          CATEGORIES[random.nextInt(CATEGORIES.length)],
          random.nextInt(10) == 0,
          BigDecimal.valueOf(random.nextInt(60_000_000), 2),
          1 + random.nextInt(400),
          LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
          1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5),
          1 + random.nextInt(5), 1 + random.nextInt(5)));
    }
    return inputs;
  }
}
