package org.pmoengine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.change.ChangeTestProjects;
import org.pmoengine.plans.PlanKind;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanVersionRepository;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.pmoengine.status.HealthRatings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The project page's tabs through the whole application (security, services, database): the
 * plan upload's preview and apply, refusals of bad files with a sentence on the page and nothing
 * stored, and who may see and change what.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectPagesTests {

  static final Path MPSPLIB = Path.of(System.getProperty("mpsplib.dir", "../shared/mpsplib"));
  static final String MPP = "j30/mp_j30_a2_nr3.mpp";

  static final String PM = "pp-pm";
  static final String MEMBER = "pp-member";
  static final String OUTSIDER = "pp-outsider";

  @Autowired MockMvc mvc;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired PlanService plans;
  @Autowired PlanVersionRepository versions;
  @Autowired ProjectTeam team;
  @Autowired HealthRatings health;

  Project project;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "cc-sponsor", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, MEMBER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, OUTSIDER, PmoGroups.REQUESTER);
    project = new ChangeTestProjects(jdbc, projects, plans, team).inExecution(PM, MEMBER);
  }

  static byte[] realMsProjectFile() throws Exception {
    Path file = MPSPLIB.resolve(MPP);
    assertThat(file).as("MPSPLIB at " + MPSPLIB.toAbsolutePath() + " (-Dmpsplib.dir=...)")
        .isRegularFile();
    return Files.readAllBytes(file);
  }

  private MockMultipartHttpServletRequestBuilder upload(String user, String name, byte[] content,
      MockHttpSession session) {
    MockMultipartHttpServletRequestBuilder request =
        multipart("/projects/" + project.getKey() + "/plan/upload")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content));
    request.session(session).with(httpBasic(user, TestUsers.PASSWORD)).with(csrf());
    return request;
  }

  private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn();
  }

  private String key() {
    return project.getKey();
  }

  @Test
  void anUploadIsPreviewedWithWhatWasSkippedAndStoredOnlyOnApply() throws Exception {
    MockHttpSession session = new MockHttpSession();
    long before = versions.countByProjectKey(key());

    MvcResult preview = send(upload(PM, "mp_j30_a2_nr3.mpp", realMsProjectFile(), session));

    assertThat(preview.getResponse().getStatus()).isEqualTo(200);
    String page = preview.getResponse().getContentAsString();
    // two projects of 32 jobs (30 activities, a start and an end milestone each); everything
    // in this file fits the plan model
    assertThat(page).contains("Preview of <span>mp_j30_a2_nr3.mpp</span>",
        "<dt>Activities</dt><dd>64 (4 milestones)</dd>",
        "Skipped or changed <span class=\"count\">0</span>",
        "Nothing: everything in the file fits the plan.");
    assertThat(versions.countByProjectKey(key())).isEqualTo(before);

    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]{32})\"").matcher(page);
    assertThat(token.find()).isTrue();
    MvcResult applied = send(post("/projects/" + key() + "/plan/apply")
        .param("token", token.group(1)).session(session)
        .with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));

    assertThat(applied.getResponse().getStatus()).isEqualTo(302);
    assertThat(applied.getResponse().getRedirectedUrl()).isEqualTo("/projects/" + key() + "/plan");
    assertThat(versions.countByProjectKey(key())).isEqualTo(before + 1);
    PlanView latest = plans.latest(key());
    assertThat(latest.reason()).isEqualTo("Imported from mp_j30_a2_nr3.mpp");
    assertThat(latest.createdBy()).isEqualTo(PM);
    assertThat(latest.plan().activities()).hasSize(64);

    // the same preview cannot be applied twice
    MvcResult again = send(post("/projects/" + key() + "/plan/apply")
        .param("token", token.group(1)).session(session)
        .with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));
    assertThat(again.getResponse().getStatus()).isEqualTo(409);
    assertThat(again.getResponse().getContentAsString()).contains("no longer kept");
    assertThat(versions.countByProjectKey(key())).isEqualTo(before + 1);
  }

  @Test
  void aFileThatIsNoScheduleGetsASentenceOnThePageAndNothingIsStored() throws Exception {
    long before = versions.countByProjectKey(key());
    MockHttpSession session = new MockHttpSession();

    MvcResult result = send(upload(PM, "notes.mpp", "Meeting notes, not a plan".getBytes(),
        session));

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith("text/html");
    String page = result.getResponse().getContentAsString();
    assertThat(page).contains("Nothing was stored.", "notes.mpp: The file")
        .doesNotContain("Exception", "\"status\"", "Apply as the next plan version");
    assertThat(versions.countByProjectKey(key())).isEqualTo(before);
    assertThat(session.getAttribute(PendingPlanUpload.class.getName())).isNull();
  }

  @Test
  void aCutOffMsProjectFileGetsASentenceAndNothingIsStored() throws Exception {
    long before = versions.countByProjectKey(key());
    byte[] cut = Arrays.copyOf(realMsProjectFile(), 8192);

    MvcResult result = send(upload(PM, "cut.mpp", cut, new MockHttpSession()));

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString())
        .contains("Nothing was stored.", "cut.mpp: The file could not be read")
        .doesNotContain("Exception");
    assertThat(versions.countByProjectKey(key())).isEqualTo(before);
  }

  @Test
  void anEmptyUploadAsksForAFile() throws Exception {
    MvcResult result = send(upload(PM, "empty.xml", new byte[0], new MockHttpSession()));

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString()).contains("Choose a file to upload");
  }

  @Test
  void anApplyWithoutItsPreviewStoresNothing() throws Exception {
    long before = versions.countByProjectKey(key());

    MvcResult result = send(post("/projects/" + key() + "/plan/apply")
        .param("token", "0123456789abcdef0123456789abcdef").session(new MockHttpSession())
        .with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));

    assertThat(result.getResponse().getStatus()).isEqualTo(409);
    assertThat(result.getResponse().getContentAsString()).contains("Upload the file again");
    assertThat(versions.countByProjectKey(key())).isEqualTo(before);
  }

  @Test
  void aTeamMemberReadsThePlanButMayNotImportOne() throws Exception {
    long before = versions.countByProjectKey(key());

    MvcResult page = send(get("/projects/" + key() + "/plan")
        .with(httpBasic(MEMBER, TestUsers.PASSWORD)));
    MvcResult upload = send(upload(MEMBER, "mp_j30_a2_nr3.mpp", realMsProjectFile(),
        new MockHttpSession()));

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    assertThat(page.getResponse().getContentAsString()).contains("Gantt chart")
        .doesNotContain("Upload and preview", "Freeze as baseline");
    assertThat(upload.getResponse().getStatus()).isEqualTo(403);
    assertThat(upload.getResponse().getContentType()).startsWith("text/html");
    assertThat(upload.getResponse().getContentAsString())
        .contains("Only the PMO or the project manager may change the plan of " + key());
    assertThat(versions.countByProjectKey(key())).isEqualTo(before);
  }

  @Test
  void aRequesterOutsideTheProjectIsRefusedEveryTabWithAReadablePage() throws Exception {
    for (String tab : new String[] {"", "/plan", "/decisions", "/team"}) {
      MvcResult result = send(get("/projects/" + key() + tab)
          .with(httpBasic(OUTSIDER, TestUsers.PASSWORD)));

      assertThat(result.getResponse().getStatus()).as(tab).isEqualTo(403);
      assertThat(result.getResponse().getContentType()).startsWith("text/html");
      assertThat(result.getResponse().getContentAsString())
          .contains("Not allowed", "You are not allowed to see the registers of " + key())
          .doesNotContain(project.getName());
    }
  }

  @Test
  void theManagerFreezesABaselineFromThePage() throws Exception {
    long before = versions.countByProjectKey(key());

    MvcResult result = send(post("/projects/" + key() + "/plan/baseline")
        .param("reason", "Re-baselined after the kick-off")
        .with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(versions.countByProjectKey(key())).isEqualTo(before + 1);
    PlanView baseline = plans.latestBaseline(key()).orElseThrow();
    assertThat(baseline.kind()).isEqualTo(PlanKind.BASELINE);
    assertThat(baseline.reason()).isEqualTo("Re-baselined after the kick-off");
    assertThat(baseline.createdBy()).isEqualTo(PM);
  }

  @Test
  void aTooLongBaselineReasonIsMarkedOnItsFieldAndNothingIsFrozen() throws Exception {
    long before = versions.countByProjectKey(key());

    MvcResult result = send(post("/projects/" + key() + "/plan/baseline")
        .param("reason", "x".repeat(501))
        .with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString()).contains("field-error",
        "The reason is 501 characters long; at most 500 are allowed.");
    assertThat(versions.countByProjectKey(key())).isEqualTo(before);
  }

  @Test
  void theTeamTabAddsAndRemovesMembersAndNamesAnUnknownUserOnItsField() throws Exception {
    MvcResult unknown = send(post("/projects/" + key() + "/team")
        .param("userId", "pp-nobody").param("role", "Tester")
        .with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));

    assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
    assertThat(unknown.getResponse().getContentAsString())
        .contains("id=\"member-user-error\"", "There is no user &#39;pp-nobody&#39;.");
    assertThat(team.members(key())).doesNotContain("pp-nobody");

    MvcResult added = send(post("/projects/" + key() + "/team")
        .param("userId", OUTSIDER).param("role", "Tester")
        .with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));
    assertThat(added.getResponse().getStatus()).isEqualTo(302);
    assertThat(team.team(key())).contains(new ProjectTeam.TeamMember(OUTSIDER, "Tester"));

    MvcResult refused = send(post("/projects/" + key() + "/team/remove")
        .param("userId", OUTSIDER).with(httpBasic(MEMBER, TestUsers.PASSWORD)).with(csrf()));
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    assertThat(team.members(key())).contains(OUTSIDER);

    MvcResult removed = send(post("/projects/" + key() + "/team/remove")
        .param("userId", OUTSIDER).with(httpBasic(PM, TestUsers.PASSWORD)).with(csrf()));
    assertThat(removed.getResponse().getStatus()).isEqualTo(302);
    assertThat(team.members(key())).doesNotContain(OUTSIDER);
  }

  @Test
  void theDecisionsTabExplainsTheHealthRatingInWords() throws Exception {
    health.rate(key());

    MvcResult result = send(get("/projects/" + key() + "/decisions")
        .with(httpBasic(MEMBER, TestUsers.PASSWORD)));

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String page = result.getResponse().getContentAsString();
    assertThat(page).contains("Health rating", "Rules that fired", "Facts the rules saw",
        "Open high risks", "Rules version");
    assertThat(page).doesNotContain("openHighRisks", "{&quot;", "[{");
  }
}
