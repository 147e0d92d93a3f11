package org.pmoengine.scoring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pmoengine.intake.IntakeScore;
import org.pmoengine.intake.IntakeScoring;
import org.pmoengine.intake.Route;
import org.pmoengine.intake.ScoringInput;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.scoring.RulesProperties;

/** The benchmark's yardstick gives exactly what the rules give, contributions and sentences too. */
class PlainJavaIntakeScoringTests {

  @Test
  void plainJavaAgreesWithTheRulesOnEveryBenchmarkInput() {
    RuleEngine engine = new RuleEngine(new RulesProperties(null));
    IntakeScoring rules = new IntakeScoring(engine, null);
    PlainJavaIntakeScoring plain = new PlainJavaIntakeScoring(engine.version());
    Set<Route> routes = EnumSet.noneOf(Route.class);
    Set<String> classes = new TreeSet<>();

    for (ScoringInput input : BenchInputs.generate(5_000, 42)) {
      IntakeScore expected = rules.score(input);
      assertThat(plain.score(input)).as("plain Java for %s", input).isEqualTo(expected);
      routes.add(expected.route());
      classes.add(expected.priorityClass());
    }

    assertThat(routes).containsExactlyInAnyOrder(Route.values());
    assertThat(classes).containsExactly("P1", "P2", "P3", "P4");
  }
}
