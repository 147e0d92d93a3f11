package org.pmoengine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTests {

  private static final String GREETING = """
      package test.rules;
      import java.util.List;

      rule "A list gets a greeting"
      when
          $l : List( )
      then
          $l.add("hello");
      end
      """;

  private static final String BROKEN = """
      package test.rules;
      import java.util.List;

      rule "A broken rule"
      when
          $l : List( size > )
      then
          $l.add("never");
      end
      """;

  @TempDir Path dir;

  @Test
  void loadsPackagedIntakeRulesWithTheirNames() {
    RuleEngine engine = new RuleEngine(new RulesProperties(null));

    assertThat(engine.loaded().source()).isEqualTo("classpath:rules/");
    assertThat(engine.loaded().files()).extracting(RuleEngine.RuleFile::name)
        .contains("intake-scoring.drl");
    assertThat(engine.loaded().files().stream()
        .filter(f -> f.name().equals("intake-scoring.drl")).findFirst().orElseThrow().rules())
        .contains("A mandatory request takes the fast lane with top priority",
            "Every request goes to PMO triage");
  }

  @Test
  void evaluatesFactsFromTheRulesFolder() throws IOException {
    Files.writeString(dir.resolve("greeting.drl"), GREETING);
    RuleEngine engine = new RuleEngine(new RulesProperties(dir));
    List<String> fact = new ArrayList<>();

    String version = engine.evaluate(fact);

    assertThat(fact).containsExactly("hello");
    assertThat(version).isEqualTo(engine.version()).matches("[0-9a-f]{12}");
  }

  @Test
  void refusesBrokenFileAtStartWithFileAndLine() throws IOException {
    Files.writeString(dir.resolve("broken.drl"), BROKEN);

    assertThatThrownBy(() -> new RuleEngine(new RulesProperties(dir)))
        .isInstanceOf(RuleLoadException.class)
        .satisfies(e -> assertThat(((RuleLoadException) e).problems())
            .anySatisfy(p -> {
              assertThat(p.file()).isEqualTo("broken.drl");
              assertThat(p.line()).isEqualTo(6);
              assertThat(p.message()).isNotBlank();
            }))
        .hasMessageContaining("broken.drl:6");
  }

  @Test
  void reloadWithBrokenFileKeepsTheRunningRules() throws IOException {
    Files.writeString(dir.resolve("greeting.drl"), GREETING);
    RuleEngine engine = new RuleEngine(new RulesProperties(dir));
    String before = engine.version();
    Files.writeString(dir.resolve("zz-broken.drl"), BROKEN);

    assertThatThrownBy(engine::reload).isInstanceOf(RuleLoadException.class)
        .hasMessageContaining("zz-broken.drl:6");

    assertThat(engine.version()).isEqualTo(before);
    List<String> fact = new ArrayList<>();
    engine.evaluate(fact);
    assertThat(fact).containsExactly("hello");
  }

  @Test
  void versionChangesWhenAFileChangesAndReloadSwapsTheRules() throws IOException {
    Files.writeString(dir.resolve("greeting.drl"), GREETING);
    RuleEngine engine = new RuleEngine(new RulesProperties(dir));
    String before = engine.version();

    Files.writeString(dir.resolve("greeting.drl"), GREETING.replace("\"hello\"", "\"hi\""));
    RuleEngine.LoadedRules reloaded = engine.reload();

    assertThat(reloaded.version()).isNotEqualTo(before).isEqualTo(engine.version());
    List<String> fact = new ArrayList<>();
    engine.evaluate(fact);
    assertThat(fact).containsExactly("hi");
  }

  @Test
  void stopsRulesThatLoopInsteadOfHanging() throws IOException {
    Files.writeString(dir.resolve("loop.drl"), """
        package test.rules;
        import java.util.List;

        rule "A list grows forever"
        when
            $l : List( )
        then
            $l.add("more");
            update($l);
        end
        """);
    RuleEngine engine = new RuleEngine(new RulesProperties(dir));

    assertThatThrownBy(() -> engine.evaluate(new ArrayList<String>()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fired 10000 times");
  }

  @Test
  void sameFilesGiveTheSameVersion() throws IOException {
    Files.writeString(dir.resolve("greeting.drl"), GREETING);

    String first = new RuleEngine(new RulesProperties(dir)).version();
    String second = new RuleEngine(new RulesProperties(dir)).version();

    assertThat(second).isEqualTo(first);
  }
}
