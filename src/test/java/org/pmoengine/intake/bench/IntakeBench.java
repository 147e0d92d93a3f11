package org.pmoengine.intake.bench;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.pmoengine.PmoEngineApplication;
import org.pmoengine.browser.Tasklist;
import org.pmoengine.intake.RequestForm;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Intake throughput: requests submitted over HTTP to {@code POST /api/requests} until every one
 * waits in PMO triage, against the same BPMN shape with no-op steps started over the engine REST
 * API, in the same run and the same database. Also prints the startup time to a ready Tasklist
 * and the heap after the run. Arguments: {@code --requests N --clients C --warmup W}.
 */
public final class IntakeBench {

  private static final String SHAPE = "intake-shape-noop";

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
    int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
    int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));

    long bootStart = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(PmoEngineApplication.class)
        .profiles("postgres")
        // a real installation names its first administrator; without one Tasklist redirects
        // every visitor to the setup page
        .properties("server.port=0", "logging.level.root=WARN",
            "logging.level.org.pmoengine=WARN", "camunda.bpm.admin-user.id=bench-admin",
            "camunda.bpm.admin-user.password=" + java.util.UUID.randomUUID())
        .run();
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients))
        .build();
    waitForTasklist(http, base);
    double startupSeconds = (System.nanoTime() - bootStart) / 1e9;

    IdentityService identity = app.getBean(IdentityService.class);
    TestUsers.ensure(identity, "bench-requester", PmoGroups.REQUESTER);
    for (int i = 1; i <= 3; i++) {
      // reviewers, so every review task queues its mails as in a real PMO
      TestUsers.ensure(identity, "bench-pmo-" + i, PmoGroups.REQUESTER, PmoGroups.PMO);
    }
    deployShape(app);
    ObjectMapper json = app.getBean(ObjectMapper.class);
    TaskService tasks = app.getBean(TaskService.class);

    Bench bench = new Bench(http, base, json, tasks, clients);
    bench.run(warmup, true);
    bench.run(warmup, false);
    double bare = bench.run(requests, false);
    double real = bench.run(requests, true);

    System.gc();
    long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    System.out.printf("%nIntake throughput, %d requests, %d HTTP clients, PostgreSQL%n",
        requests, clients);
    System.out.printf("  project-intake via POST /api/requests: %8.1f requests/s%n", real);
    System.out.printf("  same shape, no-op steps, engine REST:  %8.1f requests/s%n", bare);
    System.out.printf("  ratio real / bare:                    %8.2f%n", real / bare);
    System.out.printf("Startup to Tasklist ready: %.1f s%n", startupSeconds);
    System.out.printf("Heap used after the run (after GC): %d MiB (max %d MiB)%n", heapMb,
        Runtime.getRuntime().maxMemory() >> 20);
    app.close();
  }

  /** Submits requests over HTTP and waits until each waits at its review task. */
  private record Bench(HttpClient http, String base, ObjectMapper json, TaskService tasks,
      int clients) {

    double run(int count, boolean real) throws Exception {
      String definition = real ? "project-intake" : SHAPE;
      long before = tasks.createTaskQuery().processDefinitionKey(definition).count();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < count) {
            post(real ? "/api/requests" : "/engine-rest/process-definition/key/" + SHAPE
                + "/start", real ? form(i) : shapeStart(i));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      while (tasks.createTaskQuery().processDefinitionKey(definition).count() < before + count) {
        Thread.sleep(20);
      }
      return count / ((System.nanoTime() - start) / 1e9);
    }

    private void post(String path, Object body) throws Exception {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              ("bench-requester:" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
            + response.body());
      }
    }

    private static RequestForm form(int i) {
      return new RequestForm("Benchmark request " + i, "Throughput run", "None", "Bench",
          "IT", i % 4 == 0 ? "strategic" : "operational", false,
          BigDecimal.valueOf(10_000L + 1_000L * (i % 400)), 10 + i % 300,
          LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30),
          1 + i % 5, 1 + (i / 5) % 5, 1 + (i / 25) % 5, 3, 2);
    }

    private static Map<String, Object> shapeStart(int i) {
      Map<String, Object> variables = new LinkedHashMap<>();
      for (var e : Map.<String, Object>of("title", "Benchmark request " + i,
          "summary", "Throughput run", "requestedBudget", "10000", "effortPersonDays", 10,
          "desiredStart", "2027-01-04", "desiredEnd", "2027-06-30").entrySet()) {
        variables.put(e.getKey(), Map.of("value", e.getValue()));
      }
      return Map.of("variables", variables);
    }
  }

  /**
   * start → no-op validate → valid? → async no-op score → review task (or a correction task
   * back to validate), the shape of project-intake up to its first review.
   */
  private static void deployShape(ConfigurableApplicationContext app) {
    BpmnModelInstance shape = Bpmn.createExecutableProcess(SHAPE)
        .camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("submittedBy")
        .serviceTask("validate").camundaExpression("${execution.setVariable('valid', true)}")
        .exclusiveGateway("valid-gateway").condition("valid", "${valid}")
        .serviceTask("score").camundaAsyncBefore()
        .camundaExpression("${execution.setVariable('route', 'PMO')}")
        .userTask("review").camundaCandidateGroups(PmoGroups.PMO)
        .endEvent()
        .moveToNode("valid-gateway").condition("invalid", "${!valid}")
        .userTask("correct").camundaAssignee("${submittedBy}")
        .connectTo("validate")
        .done();
    app.getBean(RepositoryService.class).createDeployment().name(SHAPE)
        .addModelInstance(SHAPE + ".bpmn", shape).enableDuplicateFiltering(true).deploy();
    AuthorizationService authorizations = app.getBean(AuthorizationService.class);
    if (authorizations.createAuthorizationQuery().groupIdIn(PmoGroups.REQUESTER)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(SHAPE).count() == 0) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(PmoGroups.REQUESTER);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(SHAPE);
      grant.addPermission(ProcessDefinitionPermissions.READ);
      grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
      authorizations.saveAuthorization(grant);
    }
  }

  private static void waitForTasklist(HttpClient http, String base) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build();
    while (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
      Thread.sleep(50);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }

  private IntakeBench() {}
}
