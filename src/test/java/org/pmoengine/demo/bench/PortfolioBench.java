package org.pmoengine.demo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.pmoengine.PmoEngineApplication;
import org.pmoengine.demo.DemoPortfolio;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The workspace pages over a portfolio of 1,000 projects on PostgreSQL. Creates the database
 * afresh (dropping it when it exists), generates the demo portfolio into it (timed), then starts
 * the application on it and measures the latency of GET on each workspace page while signed in,
 * sequentially, after a warm-up: p50, p95 and the slowest. A page that is not there yet is
 * reported with its status (404) instead of failing the run. Arguments: {@code --projects N
 * --samples S --warmup W --threads T
 * --database NAME}; the server and user come from {@code PMO_DB_URL}
 * (any database on the server), {@code PMO_DB_USER} and {@code PMO_DB_PASSWORD}.
 */
public final class PortfolioBench {

  /** The pages measured; {@code {key}} is replaced by a project key, a different one each time. */
  static final List<String> PAGES = List.of("/", "/portfolio", "/projects", "/projects/{key}");

  /** A PMO member of the demo: sees the whole portfolio. */
  static final String USER = "lena";
  static final String PASSWORD = "demo";

  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int projects = Integer.parseInt(options.getOrDefault("projects", "1000"));
    int samples = Integer.parseInt(options.getOrDefault("samples", "200"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
    String database = options.getOrDefault("database", "pmo_bench");
    String server = System.getenv().getOrDefault("PMO_DB_URL",
        "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = System.getenv().getOrDefault("PMO_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("PMO_DB_PASSWORD", "");
    String url = withDatabase(server, database);
    recreate(server, user, password, database);

    // 1. generate, with the job executor off, as --pmo.demo.portfolio does
    long start = System.nanoTime();
    try (ConfigurableApplicationContext app = application()
        .properties("server.port=0", "camunda.bpm.job-execution.enabled=false")
        .run(database(url, user, password))) {
      double boot = (System.nanoTime() - start) / 1e9;
      DemoPortfolio.Summary summary = app.getBean(DemoPortfolio.class).generate(projects, threads);
      System.out.printf("%nGenerated %d requests and %d projects on %d threads in %.1f s (%.2f s"
          + " per project; start-up %.1f s before)%nRequests by status: %s%nProjects by stage:"
          + " %s%n", summary.requests(), summary.projects(), threads, summary.took().toMillis() / 1e3,
          summary.took().toMillis() / 1e3 / projects, boot, summary.requestsByStatus(),
          summary.projectsByFate());
    }

    // 2. measure the pages; the job executor stays off so that the timers that fell due in the
    // generated past (reminders) do not run during the measurement
    try (ConfigurableApplicationContext app = application()
        .properties("server.port=0", "camunda.bpm.job-execution.enabled=false")
        .run(database(url, user, password))) {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      List<String> keys = app.getBean(ProjectRepository.class).findAll().stream()
          .map(Project::getKey).toList();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      Random random = new Random(1);
      System.out.printf("%nGET latency over %d projects, %d samples per page after %d of warm-up"
          + " (ms):%n%-18s %8s %8s %8s  %s%n", keys.size(), samples, warmup, "page", "p50", "p95",
          "max", "status codes");
      for (String page : PAGES) {
        for (int i = 0; i < warmup; i++) {
          get(http, base, page, keys, random);
        }
        double[] millis = new double[samples];
        Map<Integer, Integer> codes = new TreeMap<>();
        for (int i = 0; i < samples; i++) {
          long t = System.nanoTime();
          int code = get(http, base, page, keys, random);
          millis[i] = (System.nanoTime() - t) / 1e6;
          codes.merge(code, 1, Integer::sum);
        }
        Arrays.sort(millis);
        System.out.printf("%-18s %8.1f %8.1f %8.1f  %s%s%n", page, percentile(millis, 50),
            percentile(millis, 95), millis[millis.length - 1], codes,
            codes.containsKey(404) ? " (not there yet)" : "");
      }
    }
  }

  private static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(PmoEngineApplication.class)
        .profiles("postgres", "demo")
        .properties("logging.level.root=WARN", "logging.level.org.pmoengine=WARN");
  }

  /** The database as arguments, which come before the postgres profile's PMO_DB_URL. */
  private static String[] database(String url, String user, String password) {
    return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password};
  }

  /** One GET, signed in; returns the status code. */
  private static int get(HttpClient http, String base, String page, List<String> keys,
      Random random) throws Exception {
    String path = page.replace("{key}", keys.isEmpty() ? "PRJ-0000-0000"
        : keys.get(random.nextInt(keys.size())));
    HttpRequest request = signedIn(HttpRequest.newBuilder(URI.create(base + path)))
        .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** How a request signs in: HTTP Basic for now, kept here alone for when pages need a session. */
  static HttpRequest.Builder signedIn(HttpRequest.Builder request) {
    return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void recreate(String server, String user, String password, String database)
      throws Exception {
    if (!database.matches("[a-z][a-z0-9_]*") || database.equals("postgres")
        || database.startsWith("template")) {
      throw new IllegalArgumentException("Name the database in lower case letters, digits and _");
    }
    String admin = withDatabase(server, "postgres");
    try (Connection c = DriverManager.getConnection(admin, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
      // a throw-away database: a commit need not wait for the disk (nothing else changes)
      s.execute("alter database " + database + " set synchronous_commit = off");
    }
  }

  /** The JDBC URL with another database on the same server. */
  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    return path.substring(0, path.lastIndexOf('/') + 1) + database
        + (query < 0 ? "" : url.substring(query));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> list = new ArrayList<>(List.of(args));
    for (int i = 0; i + 1 < list.size(); i += 2) {
      options.put(list.get(i).replaceFirst("^--", ""), list.get(i + 1));
    }
    return options;
  }
}
