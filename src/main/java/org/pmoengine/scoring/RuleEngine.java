package org.pmoengine.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every rule file, built once into one KieBase. Each evaluation runs in a short-lived session:
 * taken from a pool of reset sessions, the fact inserted, the rules fired, and the session
 * disposed back to the pool, which resets it (faster than a stateless session or a new session
 * per call; see ScoringBench and the README). {@link #reload()} builds the files again and
 * swaps the new KieBase in only if it builds, so a broken file never replaces running rules.
 */
@Component
public class RuleEngine {

  private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
  private static final String CLASSPATH_RULES = "classpath*:rules/*.drl";
  private static final String KIE_PATH = "src/main/resources/";
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
  /** More firings than this on one evaluation means rules that loop; stop instead of hanging. */
  private static final int MAX_FIRINGS = 10_000;
  private static final Object[] NO_MORE_FACTS = {};

  /** A rule file and the names of its rules. */
  public record RuleFile(String name, List<String> rules) {}

  /** What is loaded: the version (content hash), where from, when, and the files. */
  public record LoadedRules(String version, String source, Instant loadedAt, List<RuleFile> files) {}

  private record SourceFile(String name, String content) {}

  private record Rules(
      LoadedRules loaded, ReleaseId releaseId, KieBase kieBase, KieSessionsPool pool) {}

  private final KieServices kieServices = KieServices.Factory.get();
  private final ClassLoader classLoader = RuleEngine.class.getClassLoader();
  private final AtomicLong builds = new AtomicLong();
  private final Path rulesDir;
  private volatile Rules current;

  public RuleEngine(RulesProperties properties) {
    this.rulesDir = properties.rulesDir();
    this.current = build(read());
    log.info("Loaded rules version {} from {}: {}", version(), current.loaded().source(),
        current.loaded().files().stream().map(RuleFile::name).toList());
  }

  /**
   * Runs the rules on one fact, in a short-lived session of the current KieBase.
   *
   * @return the version of the rules that evaluated it
   */
  public String evaluate(Object fact) {
    return evaluate(fact, NO_MORE_FACTS);
  }

  /**
   * Runs the rules on one fact and the facts that go with it (such as the track record of a
   * request's category), in one short-lived session.
   *
   * @return the version of the rules that evaluated them
   */
  public String evaluate(Object fact, Object... more) {
    Rules rules = current;
    KieSession session = rules.pool().newKieSession();
    try {
      session.insert(fact);
      for (Object other : more) {
        session.insert(other);
      }
      if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
        throw new IllegalStateException("Rules version " + rules.loaded().version()
            + " fired " + MAX_FIRINGS + " times on one " + fact.getClass().getSimpleName()
            + " and were stopped: a rule probably re-triggers itself");
      }
    } finally {
      session.dispose();
    }
    return rules.loaded().version();
  }

  /** The KieBase in use, for tools that measure session strategies (the scoring benchmark). */
  public KieBase kieBase() {
    return current.kieBase();
  }

  public String version() {
    return current.loaded().version();
  }

  public LoadedRules loaded() {
    return current.loaded();
  }

  /** Rebuilds from the rule files; keeps the running rules when they don't build. */
  public synchronized LoadedRules reload() {
    Rules previous = current;
    Rules next = build(read());
    current = next;
    if (!previous.releaseId().equals(next.releaseId())) {
      kieServices.getRepository().removeKieModule(previous.releaseId());
    }
    log.info("Reloaded rules: version {} (was {})", next.loaded().version(),
        previous.loaded().version());
    return next.loaded();
  }

  private List<SourceFile> read() {
    try {
      List<SourceFile> files = rulesDir != null ? readFolder(rulesDir) : readClasspath();
      if (files.isEmpty()) {
        throw new RuleLoadException("No .drl files in " + source(), null);
      }
      return files.stream().sorted(Comparator.comparing(SourceFile::name)).toList();
    } catch (IOException e) {
      throw new RuleLoadException("The rule files in " + source() + " can't be read: "
          + e.getMessage(), e);
    }
  }

  private String source() {
    return rulesDir != null ? rulesDir.toAbsolutePath().toString() : "classpath:rules/";
  }

  private static List<SourceFile> readFolder(Path dir) throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      List<SourceFile> files = new ArrayList<>();
      for (Path p : paths.filter(p -> p.getFileName().toString().endsWith(".drl")).toList()) {
        files.add(new SourceFile(p.getFileName().toString(), Files.readString(p)));
      }
      return files;
    }
  }

  private List<SourceFile> readClasspath() throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (org.springframework.core.io.Resource r :
        new PathMatchingResourcePatternResolver(classLoader).getResources(CLASSPATH_RULES)) {
      try (InputStream in = r.getInputStream()) {
        files.add(new SourceFile(r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return files;
  }

  private Rules build(List<SourceFile> files) {
    String version = versionOf(files);
    ReleaseId releaseId = kieServices.newReleaseId(
        "org.pmoengine", "pmo-rules", "1.0." + builds.incrementAndGet() + "-" + version);
    KieFileSystem kfs = kieServices.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    for (SourceFile f : files) {
      kfs.write(KIE_PATH + packageFolder(f.content()) + f.name(), f.content());
    }
    KieBuilder builder = kieServices.newKieBuilder(kfs, classLoader).buildAll();
    List<RuleProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
        .map(m -> new RuleProblem(fileName(m.getPath()), m.getLine(), m.getText().strip()))
        .toList();
    if (!problems.isEmpty()) {
      kieServices.getRepository().removeKieModule(releaseId);
      throw new RuleLoadException(problems);
    }
    KieContainer container = kieServices.newKieContainer(releaseId, classLoader);
    KieBase kieBase = container.getKieBase();
    LoadedRules loaded = new LoadedRules(version, source(), Instant.now(), ruleFiles(files, kieBase));
    KieSessionsPool pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    return new Rules(loaded, releaseId, kieBase, pool);
  }

  private static List<RuleFile> ruleFiles(List<SourceFile> files, KieBase kieBase) {
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    files.forEach(f -> byFile.put(f.name(), new ArrayList<>()));
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Resource resource = rule instanceof RuleImpl impl ? impl.getResource() : null;
        String file = resource == null ? null : fileName(resource.getSourcePath());
        byFile.computeIfAbsent(file == null ? "(unknown)" : file, k -> new ArrayList<>())
            .add(rule.getName());
      }
    }
    List<RuleFile> result = new ArrayList<>();
    byFile.forEach((name, rules) -> result.add(new RuleFile(name, rules.stream().sorted().toList())));
    return result;
  }

  /** The folder that matches the file's package, so that the KIE builder does not warn. */
  private static String packageFolder(String content) {
    Matcher m = PACKAGE.matcher(content);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "rules/";
  }

  private static String fileName(String path) {
    if (path == null) {
      return "";
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** SHA-256 over the files' names and contents, in name order; the first 12 hex digits. */
  static String versionOf(List<SourceFile> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SourceFile f : files) {
        digest.update(f.name().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(f.content().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
