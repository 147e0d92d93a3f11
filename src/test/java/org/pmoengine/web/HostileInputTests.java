package org.pmoengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pmoengine.change.ChangeTestProjects;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.plans.PlanService;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends over ten thousand malformed and hostile inputs (QuickTheories generates them from a
 * fixed seed per endpoint, printed with every failure) to every POST and PUT endpoint of our API, found from the controllers so that a new endpoint
 * is fuzzed too, and to the engine's start, message and task completion endpoints. No answer
 * may be a 5xx, name a Java class or an engine code; a refused input leaves every table of ours
 * as it was, and an accepted one leaves its record complete.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HostileInputTests {

  private static final Logger log = LoggerFactory.getLogger(HostileInputTests.class);
  static final long SEED = 20_261_203L;
  static final int API_INPUTS_PER_ENDPOINT = Integer.getInteger("fuzz.api", 410);
  static final int ENGINE_INPUTS_PER_ENDPOINT = Integer.getInteger("fuzz.engine", 120);
  static final String PM = "fuzz-pm";
  static final String MEMBER = "fuzz-rita";
  static final Pattern CLASS_NAME =
      Pattern.compile("\\b(java|javax|jakarta|org|com)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*");
  static final List<String> PROCESSES = List.of("project-intake", "project-lifecycle",
      "budget-validation", "change-control", "post-mortem");
  /** Plan import takes a multipart upload; its malformed uploads are the plan-limits work. */
  static final List<String> NOT_JSON = List.of("/api/projects/{key}/plan/import");

  @Autowired MockMvc mvc;
  @Autowired TestRestTemplate rest;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PlanService plans;
  @Autowired ObjectMapper json;

  final Random random = new Random(SEED);
  final Map<Integer, Integer> statuses = new TreeMap<>();
  final List<String> failures = new ArrayList<>() {
    @Override
    public boolean add(String failure) {
      failed++;
      return size() < 60 && super.add(failure);
    }
  };
  int failed;
  List<String> tables;
  String project;
  String change;
  int inputs;

  @Test
  void noHostileInputGetsA5xxAClassNameOrAPartialRecord() throws Exception {
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER, PmoGroups.PMO, PmoGroups.PORTFOLIO_BOARD,
        PmoGroups.GATE_BOARD, PmoGroups.FINANCE, PmoGroups.CHANGE_BOARD);
    TestUsers.ensure(identity, MEMBER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "cc-sponsor", PmoGroups.REQUESTER);
    project = new ChangeTestProjects(jdbc, projects, plans, team).inExecution(PM, MEMBER)
        .getKey();
    change = raiseChange();
    submitRequest();
    tables = ourTables();
    long started = System.nanoTime();

    for (Endpoint endpoint : apiEndpoints()) {
      Gen<byte[]> bodies = HostileJson.bodyFor(endpoint.bodyType());
      fuzz(endpoint.method() + " " + endpoint.path(), bodies, API_INPUTS_PER_ENDPOINT,
          body -> viaMockMvc(endpoint, body));
    }
    List<String> startFields = List.of("title", "summary", "businessCase", "requestedBudget",
        "effortPersonDays", "desiredStart", "desiredEnd", "category", "submittedBy",
        "requestKey", "projectKey", "changeKey", "strategicAlignment");
    for (String process : PROCESSES) {
      for (String action : List.of("start", "submit-form")) {
        String path = "/engine-rest/process-definition/key/" + process + "/" + action;
        fuzz("POST " + path, HostileJson.engineBody(startFields, "businessKey", "withVariablesInReturn"),
            ENGINE_INPUTS_PER_ENDPOINT, body -> viaHttp(path, body));
      }
    }
    fuzz("POST /engine-rest/message", messages(), ENGINE_INPUTS_PER_ENDPOINT * 2,
        body -> viaHttp("/engine-rest/message", body));
    List<String> taskFields = List.of("decision", "decisionReason", "informationProvided",
        "overrideReason", "approved", "comment", "requestKey", "projectKey", "changeKey");
    for (String action : List.of("complete", "submit-form")) {
      fuzz("POST /engine-rest/task/{id}/" + action, HostileJson.engineBody(taskFields),
          ENGINE_INPUTS_PER_ENDPOINT * 2, body -> viaHttp(
              "/engine-rest/task/" + openTask() + "/" + action, body));
    }

    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    log.info("Fuzzed {} inputs in {} s; status codes {}", inputs, seconds, statuses);
    assertThat(failures).as("%d of %d inputs failed in %d s (seed %d), status codes %s", failed,
        inputs, seconds, SEED, statuses)
        .isEmpty();
    assertThat(inputs).isGreaterThanOrEqualTo(10_000);
  }

  record Endpoint(String method, String path, Type bodyType) {}

  record Answer(int status, String body, String location) {}

  interface Call {
    Answer send(byte[] body) throws Exception;
  }

  /** Every POST and PUT of /api, with its body type read from the handler method. */
  List<Endpoint> apiEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry
        : mappings.getHandlerMethods().entrySet()) {
      Type body = null;
      for (Parameter parameter : entry.getValue().getMethod().getParameters()) {
        if (parameter.isAnnotationPresent(RequestBody.class)) {
          body = parameter.getParameterizedType();
        }
      }
      for (String path : entry.getKey().getPatternValues()) {
        for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
          if (path.startsWith("/api/") && !NOT_JSON.contains(path)
              && (method == RequestMethod.POST || method == RequestMethod.PUT)) {
            endpoints.add(new Endpoint(method.name(), path, body));
          }
        }
      }
    }
    endpoints.sort(java.util.Comparator.comparing(e -> e.method() + e.path()));
    assertThat(endpoints).hasSizeGreaterThan(15);
    return endpoints;
  }

  /**
   * Sends {@code count} bodies drawn from {@code bodies}, seeded from {@link #SEED} and the
   * label, so that each endpoint gets its own inputs and a failure repeats run after run.
   * QuickTheories skips a body it drew before, so further rounds (the next seed) make up the
   * count. A failing input is collected rather than thrown, so that one run lists every failure.
   */
  void fuzz(String label, Gen<byte[]> bodies, int count, Call call) {
    long started = System.nanoTime();
    int sent = 0;
    for (int round = 0; sent < count && round < 10; round++) {
      sent += fuzzRound(label, SEED + label.hashCode() + round, bodies, count - sent, call);
    }
    assertThat(sent).as("inputs sent to %s", label).isEqualTo(count);
    log.info("Fuzzed {} with {} inputs in {} ms", label, sent,
        (System.nanoTime() - started) / 1_000_000);
  }

  int fuzzRound(String label, long seed, Gen<byte[]> bodies, int examples, Call call) {
    String source = label + " (seed " + seed + ")";
    int[] sent = {0};
    qt().withFixedSeed(seed).withExamples(examples).forAll(bodies).checkAssert(body -> {
      sent[0]++;
      try {
        long[] before = rowCounts();
        Answer answer = call.send(body);
        inputs++;
        statuses.merge(answer.status(), 1, Integer::sum);
        check(source, body, answer, before);
      } catch (Exception e) {
        failures.add(source + ": threw " + e + " for " + shown(body));
      }
    });
    return sent[0];
  }

  void check(String label, byte[] body, Answer answer, long[] before) throws Exception {
    String text = answer.body() == null ? "" : answer.body();
    if (answer.status() >= 500) {
      failures.add(label + ": " + answer.status() + " " + cut(text) + " for " + shown(body));
    } else if (answer.status() >= 400 && (CLASS_NAME.matcher(text).find()
        || text.contains("Exception") || text.contains("ENGINE-"))) {
      failures.add(label + ": technical answer " + cut(text) + " for " + shown(body));
    } else if (answer.status() >= 400 && !java.util.Arrays.equals(before, rowCounts())) {
      failures.add(label + ": refused with " + answer.status() + " but rows changed for "
          + shown(body));
    } else if (answer.status() < 300 && !complete(answer)) {
      failures.add(label + ": accepted but incomplete: " + cut(text));
    }
  }

  /** An accepted input can be read back: a created resource, or a started process's record. */
  boolean complete(Answer answer) throws Exception {
    if (answer.location() != null && answer.location().startsWith("/api/")) {
      return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
          .get(answer.location()).with(httpBasic(PM, TestUsers.PASSWORD))).andReturn()
          .getResponse().getStatus() == 200;
    }
    if (answer.body() != null && answer.body().startsWith("{")) {
      JsonNode node = json.readTree(answer.body());
      String key = node.path("businessKey").asText("");
      if (node.has("definitionId") && node.has("id")) {
        boolean started = history.createHistoricProcessInstanceQuery()
            .processInstanceId(node.path("id").asText()).count() == 1;
        if (key.startsWith("REQ-")) {
          return started && count("project_request where request_key = ?", key) == 1;
        }
        return started;
      }
    }
    return true;
  }

  Answer viaMockMvc(Endpoint endpoint, byte[] body) throws Exception {
    String path = endpoint.path().replace("{key}", project).replace("{changeKey}", change)
        .replace("{userId}", pick(MEMBER, "nobody", "%3Cscript%3E"))
        .replace("{id}", pick("1", "999999999", "-1", "abc", "99999999999999999999"));
    MvcResult result = mvc.perform(org.springframework.test.web.servlet.request
        .MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), path)
        .with(httpBasic(pick(PM, PM, MEMBER), TestUsers.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    return new Answer(result.getResponse().getStatus(),
        result.getResponse().getContentAsString(StandardCharsets.UTF_8),
        result.getResponse().getHeader(HttpHeaders.LOCATION));
  }

  Answer viaHttp(String path, byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.withBasicAuth(pick(PM, PM, MEMBER), TestUsers.PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    return new Answer(response.getStatusCode().value(), response.getBody(), null);
  }

  Gen<byte[]> messages() {
    Gen<String> name = HostileJson.orNull(Generate.pick(List.of("raise-change",
        "withdraw-change", "resume-project", "post-mortem-due", "unknown-message")), 1);
    Gen<String> key = HostileJson.orNull(Generate.pick(List.of(project, change, "",
        "PRJ-9999-9999")), 3);
    return name.zip(HostileJson.engineBody(List.of("changeKey", "projectKey", "requestedBy",
        "reason")), key, Generate.booleans(), (messageName, variables, businessKey, all) -> {
          try {
            JsonNode parsed = json.readTree(variables);
            if (parsed != null && parsed.isObject()) {
              com.fasterxml.jackson.databind.node.ObjectNode object =
                  (com.fasterxml.jackson.databind.node.ObjectNode) parsed;
              object.put("messageName", messageName);
              object.put("businessKey", businessKey);
              object.put("all", all);
              return HostileJson.bytes(object);
            }
          } catch (Exception notJson) {
            // the broken body goes out as it is
          }
          return variables;
        });
  }

  /** A task open now, or one completed already (the 409 path); new work when none is left. */
  String openTask() throws Exception {
    List<Task> open = tasks.createTaskQuery().active().list();
    if (open.size() < 3) {
      submitRequest();
      raiseChange();
      open = tasks.createTaskQuery().active().list();
    }
    if (random.nextInt(10) == 0) {
      List<org.camunda.bpm.engine.history.HistoricTaskInstance> done =
          history.createHistoricTaskInstanceQuery().finished().listPage(0, 1);
      if (!done.isEmpty()) {
        return done.get(0).getId();
      }
    }
    return open.get(random.nextInt(open.size())).getId();
  }

  String raiseChange() throws Exception {
    Map<String, Object> change = Map.of("justification", "The customer asked for one more day.",
        "changes", List.of(Map.of("type", "MOVE_MILESTONE", "activityId", "live",
            "date", "2027-01-26")));
    MvcResult result = mvc.perform(org.springframework.test.web.servlet.request
        .MockMvcRequestBuilders.post("/api/projects/" + project + "/changes")
        .with(httpBasic(MEMBER, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsBytes(change))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(201);
    runJobs();
    return json.readTree(result.getResponse().getContentAsString()).path("changeKey").asText();
  }

  void submitRequest() throws Exception {
    Map<String, Object> request = new java.util.HashMap<>(Map.of("title", "Fuzz target",
        "summary", "A request to review", "businessCase", "It pays back", "sponsor",
        "cc-sponsor", "department", "IT", "category", "operational", "mandatory", false,
        "requestedBudget", 50000, "effortPersonDays", 40, "desiredStart", "2027-02-01"));
    request.putAll(Map.of("desiredEnd", "2027-06-30", "strategicAlignment", 3,
        "businessValue", 3, "timeCriticality", 3, "riskReductionOpportunity", 3,
        "deliveryRisk", 3));
    MvcResult result = mvc.perform(org.springframework.test.web.servlet.request
        .MockMvcRequestBuilders.post("/api/requests").with(httpBasic(MEMBER, TestUsers.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(request)))
        .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(201);
    runJobs();
  }

  void runJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException failedJobIsRetriedLater) {
          management.setJobRetries(job.getId(), 0);
        }
      }
    }
  }

  List<String> ourTables() throws Exception {
    TreeSet<String> names = new TreeSet<>();
    try (var connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (!name.toUpperCase().startsWith("ACT_")
              && !name.equalsIgnoreCase("flyway_schema_history")) {
            names.add(name);
          }
        }
      }
    }
    assertThat(names).isNotEmpty();
    return List.copyOf(names);
  }

  long[] rowCounts() {
    String sql = "select " + String.join(", ", tables.stream()
        .map(t -> "(select count(*) from \"" + t + "\")").toList());
    return jdbc.queryForObject(sql, (rs, n) -> {
      long[] counts = new long[tables.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = rs.getLong(i + 1);
      }
      return counts;
    });
  }

  long count(String from, Object... args) {
    return jdbc.queryForObject("select count(*) from " + from, Long.class, args);
  }

  String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  static String shown(byte[] body) {
    return cut(new String(body, StandardCharsets.UTF_8));
  }

  static String cut(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
