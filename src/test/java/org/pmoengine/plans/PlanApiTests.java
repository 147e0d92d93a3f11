package org.pmoengine.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.Project;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.io.MspdiExporter;
import org.pmoengine.scheduling.io.PlanImporter;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanApiTests {

  private static final String PLANNER = "plan-pmo";
  private static final String REQUESTER = "plan-requester";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;
  @Autowired PlanVersionRepository versions;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired org.pmoengine.project.ProjectRepository projects;
  @Autowired org.pmoengine.project.ProjectTeam team;

  private final String key = TestPlans.newProjectKey();

  @BeforeEach
  void users() {
    TestUsers.ensure(identityService, PLANNER, PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, REQUESTER, PmoGroups.REQUESTER);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD);
  }

  private ResponseEntity<String> put(String user, String projectKey, Plan plan) {
    return as(user).exchange("/api/projects/" + projectKey + "/plan", HttpMethod.PUT,
        new HttpEntity<>(plan), String.class);
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  void schedulesAPlanWithoutStoringIt() throws Exception {
    long before = versions.count();

    ResponseEntity<String> response = as(REQUESTER).postForEntity("/api/schedule", TestPlans.simple(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode result = body(response);
    assertThat(result.path("method").asText()).isEqualTo("CPM");
    assertThat(result.path("finishDate").asText())
        .isEqualTo(CriticalPathMethod.schedule(TestPlans.simple()).finishDate().toString());
    assertThat(result.path("schedule").path("activities")).hasSize(4);
    assertThat(versions.count()).isEqualTo(before);
  }

  @Test
  void acceptsThePlanJsonShownInTheReadme() throws Exception {
    String plan = """
        {"projectStart": "2026-03-02",
         "calendar": {"workingDays": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"], "holidays": ["2026-04-03"]},
         "activities": [
           {"id": "design", "name": "Design", "durationDays": 5},
           {"id": "build", "name": "Build", "durationDays": 10, "demands": {"crew": 1}},
           {"id": "live", "name": "Go live", "durationDays": 0}],
         "dependencies": [
           {"predecessorId": "design", "successorId": "build", "type": "FS", "lagDays": 2},
           {"predecessorId": "build", "successorId": "live", "type": "FS", "lagDays": 0}],
         "resources": [{"id": "crew", "name": "Crew", "capacityPerDay": 2}]}
        """;
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> response =
        as(REQUESTER).postForEntity("/api/schedule", new HttpEntity<>(plan, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode result = body(response);
    assertThat(result.path("method").asText()).isEqualTo("LEVELLED");
    // design 2-6 March, two days' lag, build 11-24 March, the go-live milestone on the 25th
    assertThat(result.path("finishDate").asText()).isEqualTo("2026-03-25");
  }

  @Test
  void levelsAPlanWhoseActivitiesNeedResources() throws Exception {
    ResponseEntity<String> response =
        as(REQUESTER).postForEntity("/api/schedule", TestPlans.withResources(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(response).path("method").asText()).isEqualTo("LEVELLED");
  }

  @Test
  void storesAPlanAndReadsItBack() throws Exception {
    ResponseEntity<String> stored = put(PLANNER, key, TestPlans.simple());
    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(stored).path("version").asInt()).isEqualTo(1);

    put(PLANNER, key, TestPlans.withBuildTaking(15));
    ResponseEntity<String> read = as(PLANNER).getForEntity("/api/projects/" + key + "/plan", String.class);

    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode plan = body(read);
    assertThat(plan.path("version").asInt()).isEqualTo(2);
    assertThat(plan.path("kind").asText()).isEqualTo("CURRENT");
    assertThat(plan.path("createdBy").asText()).isEqualTo(PLANNER);
    assertThat(plan.path("plan").path("activities").get(1).path("durationDays").asInt()).isEqualTo(15);
    assertThat(plan.path("finishDate").asText())
        .isEqualTo(CriticalPathMethod.schedule(TestPlans.withBuildTaking(15)).finishDate().toString());
  }

  @Test
  void freezesABaselineThatTheChartAndTheExportShow() throws Exception {
    put(PLANNER, key, TestPlans.simple());
    ResponseEntity<String> baseline =
        as(PLANNER).postForEntity("/api/projects/" + key + "/plan/baseline", null, String.class);
    put(PLANNER, key, TestPlans.withBuildTaking(15));

    assertThat(baseline.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(baseline).path("kind").asText()).isEqualTo("BASELINE");
    ResponseEntity<String> svg = as(PLANNER).getForEntity("/api/projects/" + key + "/gantt.svg", String.class);
    assertThat(svg.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(svg.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
    assertThat(svg.getBody()).startsWith("<svg").contains("class=\"baseline\"").contains("status-date");
    ResponseEntity<String> xml = as(PLANNER).getForEntity("/api/projects/" + key + "/plan.xml", String.class);
    assertThat(xml.getBody()).contains("<Baseline>");
  }

  @Test
  void exportsTheStoredPlanAsMsProjectXml() throws Exception {
    put(PLANNER, key, TestPlans.simple());

    ResponseEntity<byte[]> xml = as(PLANNER).getForEntity("/api/projects/" + key + "/plan.xml", byte[].class);

    assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xml.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
    Plan exported = new PlanImporter().read(new java.io.ByteArrayInputStream(xml.getBody())).plan();
    assertThat(exported.activities()).extracting(Activity::id).containsExactly("design", "build", "review", "live");
    assertThat(exported.dependencies()).containsExactlyInAnyOrderElementsOf(TestPlans.simple().dependencies());
  }

  @Test
  void importsAnMsProjectFile() throws Exception {
    Plan plan = TestPlans.withResources();
    byte[] file = new MspdiExporter().write("Imported", plan, CriticalPathMethod.schedule(plan), null);

    ResponseEntity<String> response = upload(PLANNER, key, file, "plan.xml");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode result = body(response);
    assertThat(result.path("plan").path("version").asInt()).isEqualTo(1);
    assertThat(result.path("plan").path("plan").path("activities")).hasSize(4);
    assertThat(result.path("plan").path("plan").path("resources").get(0).path("id").asText()).isEqualTo("tester");
    assertThat(result.path("skipped")).isEmpty();
    assertThat(versions.countByProjectKey(key)).isEqualTo(1);
  }

  @Test
  void refusesAFileThatIsNoSchedule() throws Exception {
    ResponseEntity<String> response = upload(PLANNER, key, "hello".getBytes(), "notes.txt");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(response).path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(versions.countByProjectKey(key)).isZero();
  }

  @Test
  void refusesADependencyOnAnUnknownActivity() throws Exception {
    Plan plan = withDependencies(TestPlans.simple(), Dependency.fs("build", "testing"));
    JsonNode problem = assertRefused(plan, "build");
    assertThat(problem.path("errors").toString()).contains("testing");
  }

  @Test
  void refusesANegativeDuration() throws Exception {
    Plan plan = TestPlans.simple();
    plan = plan.withActivities(plan.activities().stream()
        .map(a -> a.id().equals("review") ? Activity.of("review", "Review", -3) : a).toList());
    assertRefused(plan, "review");
  }

  @Test
  void refusesACycleAndNamesItsActivities() throws Exception {
    Plan plan = withDependencies(TestPlans.simple(), Dependency.fs("review", "design"));
    JsonNode problem = assertRefused(plan, "build");
    assertThat(problem.path("errors").toString()).contains("cycle", "design", "review");
  }

  @Test
  void refusesADemandForAnUnknownResource() throws Exception {
    Plan plan = TestPlans.withResources();
    plan = plan.withActivities(plan.activities().stream()
        .map(a -> a.id().equals("design") ? a.withDemand("architect", 1) : a).toList());
    assertRefused(plan, "design");
  }

  @Test
  void refusesAnAbsurdDurationBeforeComputingIt() throws Exception {
    Plan plan = TestPlans.simple();
    plan = plan.withActivities(plan.activities().stream()
        .map(a -> a.id().equals("build") ? Activity.of("build", "Build", 2_000_000_000) : a).toList());
    assertRefused(plan, "build");
  }

  @Test
  void refusesAMalformedProjectKey() throws Exception {
    ResponseEntity<String> response = put(PLANNER, "PROJECT-1", TestPlans.simple());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(response).path("errors").get(0).path("field").asText()).isEqualTo("projectKey");
  }

  @Test
  void onlyThePmoAndTheProjectManagerChangePlans() throws Exception {
    ResponseEntity<String> response = put(REQUESTER, key, TestPlans.simple());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(versions.countByProjectKey(key)).isZero();

    String manager = "plan-manager";
    TestUsers.ensure(identityService, manager, PmoGroups.REQUESTER);
    Project own = TestProjects.create(jdbc, projects, manager, "Sam Sponsor");
    assertThat(put(manager, own.getKey(), TestPlans.simple()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(put(REQUESTER, own.getKey(), TestPlans.simple()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(versions.countByProjectKey(own.getKey())).isEqualTo(1);
  }

  @Test
  void aPlanIsReadByTheProjectsTeamAndNotByOtherRequesters() {
    String manager = "plan-manager";
    TestUsers.ensure(identityService, manager, PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, "plan-member", PmoGroups.REQUESTER);
    Project own = TestProjects.create(jdbc, projects, manager, "Sam Sponsor");
    put(manager, own.getKey(), TestPlans.simple());

    for (String path : List.of("/plan", "/gantt.svg", "/plan.xml")) {
      assertThat(as(REQUESTER).getForEntity("/api/projects/" + own.getKey() + path, String.class)
          .getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    team.add(own.getKey(), "plan-member", "Developer", manager);
    for (String path : List.of("/plan", "/gantt.svg", "/plan.xml")) {
      assertThat(as("plan-member").getForEntity("/api/projects/" + own.getKey() + path,
          String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void aProjectWithoutPlanIsNotFound() {
    assertThat(as(REQUESTER).getForEntity("/api/projects/" + key + "/plan", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anonymousCallersAreRefused() {
    assertThat(rest.postForEntity("/api/schedule", TestPlans.simple(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/projects/" + key + "/gantt.svg", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * Asserts 400 on both the stateless and the storing endpoint, with an entry for the activity
   * at fault; nothing stored.
   */
  private JsonNode assertRefused(Plan plan, String activityId) throws Exception {
    ResponseEntity<String> stateless = as(PLANNER).postForEntity("/api/schedule", plan, String.class);
    ResponseEntity<String> stored = put(PLANNER, key, plan);

    for (ResponseEntity<String> response : List.of(stateless, stored)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      JsonNode problem = body(response);
      assertThat(problem.path("errors").toString()).contains("activities[" + activityId + "]");
      assertThat(problem.path("detail").asText() + problem.path("errors")).contains(activityId);
      assertThat(response.getBody()).doesNotContain("at org.");
    }
    assertThat(versions.countByProjectKey(key)).isZero();
    return body(stored);
  }

  private static Plan withDependencies(Plan plan, Dependency extra) {
    List<Dependency> dependencies = new java.util.ArrayList<>(plan.dependencies());
    dependencies.add(extra);
    return new Plan(plan.projectStart(), plan.statusDate(), plan.calendar(), plan.activities(),
        dependencies, plan.resources());
  }

  private ResponseEntity<String> upload(String user, String projectKey, byte[] content, String fileName) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/api/projects/" + projectKey + "/plan/import",
        new HttpEntity<>(form, headers), String.class);
  }
}
