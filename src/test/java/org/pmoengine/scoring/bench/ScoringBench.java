package org.pmoengine.scoring.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.pmoengine.intake.IntakeAssessment;
import org.pmoengine.intake.IntakeScore;
import org.pmoengine.intake.IntakeScoring;
import org.pmoengine.intake.ScoringInput;
import org.pmoengine.scoring.RuleEngine;
import org.pmoengine.scoring.RulesProperties;

/**
 * Requests per second through the intake rules (KieBase built once) against the same model
 * written in plain Java, in the same run, after checking that both give equal results.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.pmoengine.scoring.bench.ScoringBench \
 *   -Dexec.args="--warmup 5 --rounds 5 --seconds 2 [--only RuleEngine] [--no-sentences]"
 * </pre>
 */
public final class ScoringBench {

  /** One way to decide; the sentences are written by the caller (or not, with --no-sentences). */
  private record Variant(String name, Function<ScoringInput, IntakeAssessment> decide) {}

  private static volatile long sink;

  public static void main(String[] args) throws Exception {
    double warmup = option(args, "--warmup", 5);
    int rounds = (int) option(args, "--rounds", 5);
    double seconds = option(args, "--seconds", 2);
    List<ScoringInput> inputs = BenchInputs.generate(10_000, 42);

    RuleEngine engine = new RuleEngine(new RulesProperties(null));
    IntakeScoring rules = new IntakeScoring(engine, null);
    PlainJavaIntakeScoring plain = new PlainJavaIntakeScoring(engine.version());
    KieBase kieBase = engine.kieBase();
    StatelessKieSession unpooled = kieBase.newStatelessKieSession();
    KieSessionsPool pool = kieBase.newKieSessionsPool(2);
    StatelessKieSession pooledStateless = pool.newStatelessKieSession();

    List<Variant> variants = List.of(
        new Variant("plain Java", plain::assess),
        new Variant("rules: RuleEngine, pooled session (IntakeScoring.score)", input -> {
          IntakeAssessment a = new IntakeAssessment(input);
          engine.evaluate(a);
          return a;
        }),
        new Variant("rules: stateless session from the pool", input -> {
          IntakeAssessment a = new IntakeAssessment(input);
          pooledStateless.execute(a);
          return a;
        }),
        new Variant("rules: stateless session, no pool", input -> {
          IntakeAssessment a = new IntakeAssessment(input);
          unpooled.execute(a);
          return a;
        }),
        new Variant("rules: pooled KieSession, insert and fire", input -> {
          IntakeAssessment a = new IntakeAssessment(input);
          KieSession session = pool.newKieSession();
          try {
            session.insert(a);
            session.fireAllRules();
          } finally {
            session.dispose();
          }
          return a;
        }),
        new Variant("rules: new KieSession per call", input -> {
          IntakeAssessment a = new IntakeAssessment(input);
          KieSession session = kieBase.newKieSession();
          try {
            session.insert(a);
            session.fireAllRules();
          } finally {
            session.dispose();
          }
          return a;
        }));

    String only = text(args, "--only");
    if (only != null) {
      variants = variants.stream()
          .filter(v -> v.name().equals("plain Java") || v.name().contains(only)).toList();
    }
    for (ScoringInput input : inputs) {
      IntakeScore expected = plain.score(input);
      if (!expected.equals(rules.score(input))) {
        throw new IllegalStateException("IntakeScoring differs from plain Java for " + input);
      }
      for (Variant v : variants) {
        if (!expected.equals(v.decide().apply(input).toScore(engine.version(), null))) {
          throw new IllegalStateException(v.name() + " differs from plain Java for " + input);
        }
      }
    }
    System.out.printf("Checked %,d inputs: every variant gives the same scores, classes, routes,"
        + " contributions and explanations.%n", inputs.size());
    System.out.printf("Java %s, %d processors, rules version %s; warm-up %.0f s, %d rounds of"
        + " %.0f s; median of the rounds.%n%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), engine.version(), warmup, rounds, seconds);
    boolean sentences = !Arrays.asList(args).contains("--no-sentences");
    System.out.println(sentences ? "Each request: decide, then write contributions and explanation."
        : "Each request: decide only (--no-sentences); contributions and explanation not written.");
    System.out.printf("| variant | threads | requests/s (median) | rounds |%n|---|---|---|---|%n");

    for (int threads : new int[] {1, 2}) {
      // rounds go round-robin over the variants, so a change in machine load hits them all
      for (Variant v : variants) {
        run(v, inputs, threads, warmup, sentences);
      }
      double[][] rates = new double[variants.size()][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < variants.size(); i++) {
          rates[i][r] = run(variants.get(i), inputs, threads, seconds, sentences);
        }
      }
      double plainMedian = median(rates[0]);
      for (int i = 0; i < variants.size(); i++) {
        double median = median(rates[i]);
        String ratio = i == 0 ? ""
            : String.format(Locale.ROOT, " (%.1fx slower than plain Java)", plainMedian / median);
        System.out.printf(Locale.ROOT, "| %s | %d | %,.0f%s | %s |%n", variants.get(i).name(),
            threads, median, ratio, format(rates[i]));
      }
    }
    pool.shutdown();
  }

  /** Runs the variant on {@code threads} threads for {@code seconds}; requests per second. */
  private static double run(Variant v, List<ScoringInput> inputs, int threads, double seconds,
      boolean sentences) throws InterruptedException {
    String version = "bench";
    AtomicLong done = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    long durationNanos = (long) (seconds * 1e9);
    List<Thread> workers = new ArrayList<>();
    long[] elapsed = new long[threads];
    for (int t = 0; t < threads; t++) {
      int offset = t * (inputs.size() / threads);
      int index = t;
      Thread worker = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long begin = System.nanoTime();
        long count = 0;
        long sum = 0;
        int i = offset;
        while (true) {
          for (int k = 0; k < 256; k++) {
            IntakeAssessment decided = v.decide().apply(inputs.get(i));
            sum += sentences ? decided.toScore(version, null).score() : decided.getScore();
            if (++i == inputs.size()) {
              i = 0;
            }
          }
          count += 256;
          if (System.nanoTime() - begin >= durationNanos) {
            break;
          }
        }
        elapsed[index] = System.nanoTime() - begin;
        done.addAndGet(count);
        sink += sum;
      });
      workers.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    double maxSeconds = Arrays.stream(elapsed).max().orElse(1) / 1e9;
    return done.get() / maxSeconds;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String format(double[] rates) {
    StringBuilder out = new StringBuilder();
    for (double r : rates) {
      out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,.0f", r));
    }
    return out.toString();
  }

  private static String text(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return null;
  }

  private static double option(String[] args, String name, double fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Double.parseDouble(args[i + 1]);
      }
    }
    return fallback;
  }
}
