package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mpxj.ConstraintType;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mspdi.MSPDIWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetLine;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanVersionRepository;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.project.Stage;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.pmoengine.status.HealthRatings;
import org.pmoengine.status.StatusReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The project page in a real browser: the manager reads the overview (health with its reasons,
 * earned value and the S-curve drawn), previews an MS Project file with what the import skips,
 * applies a real one and sees its Gantt chart, downloads MSPDI, reads the decisions and the
 * team; a requester outside the project is refused. Screenshots of every tab at 1280 px and of
 * the overview at 400 px go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectPageBrowserIT {

  static final Path MPSPLIB = Path.of(System.getProperty("mpsplib.dir", "../shared/mpsplib"));
  static final String MPP = "mp_j30_a2_nr3.mpp";

  static final String PM = "ppb-pm";
  static final String SPONSOR = "ppb-sponsor";
  static final String MEMBER = "ppb-member";
  static final String OUTSIDER = "ppb-outsider";

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired PlanService plans;
  @Autowired PlanVersionRepository versions;
  @Autowired ProjectTeam team;
  @Autowired StatusReports statusReports;
  @Autowired BudgetRegisters budget;
  @Autowired HealthRatings health;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, SPONSOR, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, MEMBER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, OUTSIDER, PmoGroups.REQUESTER);
  }

  /**
   * A project eight weeks into a plan of design (15 days), build (40) and test (15) before
   * go-live, baselined; design done, build 30 % done, 45,000 spent; rated by the rules.
   */
  private Project projectUnderWay() {
    LocalDate today = LocalDate.now();
    LocalDate start = today.minusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Project project = TestProjects.create(jdbc, projects, PM, SPONSOR, start, start.plusMonths(5));
    project.enterStage(Stage.EXECUTION);
    projects.save(project);
    String key = project.getKey();
    plans.save(key, Plan.of(start,
        List.of(Activity.of("design", "Design", 15), Activity.of("build", "Build", 40),
            Activity.of("test", "Test", 15), Activity.of("live", "Go live", 0)),
        List.of(Dependency.fs("design", "build"), Dependency.fs("build", "test"),
            Dependency.fs("test", "live"))), PM, "First plan");
    plans.freezeBaseline(key, PM, "Baseline at gate G2");
    statusReports.apply(key, "design 100 " + start + " " + start.plusDays(24) + "\nbuild 30 "
        + start.plusDays(28), "", "", PM);
    BudgetLine line = budget.addLine(key,
        new BudgetLineForm("LAB", "Labour", new BigDecimal("100000"), null), PM);
    budget.addExpense(key, new ExpenseForm(line.getId(), "Design workshops",
        new BigDecimal("30000"), start.plusWeeks(3)), PM);
    budget.addExpense(key, new ExpenseForm(line.getId(), "Build sprint 1",
        new BigDecimal("15000"), today.minusDays(3)), PM);
    health.rate(key);
    team.add(key, MEMBER, "Business analyst", PM);
    return projects.findByKey(key).orElseThrow();
  }

  private Path realFile() {
    Path file = MPSPLIB.resolve("j30").resolve(MPP);
    assertThat(file).as("MPSPLIB at " + MPSPLIB.toAbsolutePath() + " (-Dmpsplib.dir=...)")
        .isRegularFile();
    return file.toAbsolutePath().normalize();
  }

  /**
   * The real file as MSPDI, with a must-finish-on constraint and a deadline on its first task,
   * which the plan model does not hold: the import must name both as left out.
   */
  private Path withConstraints() throws Exception {
    ProjectFile file = new MPPReader().read(realFile().toFile());
    Task first = file.getTasks().stream()
        .filter(t -> t.getUniqueID() != null && t.getUniqueID() > 0 && t.getChildTasks().isEmpty())
        .findFirst().orElseThrow();
    first.setConstraintType(ConstraintType.MUST_FINISH_ON);
    first.setConstraintDate(first.getFinish());
    first.setDeadline(first.getFinish());
    Path directory = Files.createTempDirectory("plans");
    Path xml = directory.resolve("mp_j30_a2_nr3-constrained.xml");
    try (OutputStream out = Files.newOutputStream(xml)) {
      new MSPDIWriter().write(file, out);
    }
    xml.toFile().deleteOnExit();
    directory.toFile().deleteOnExit();
    return xml;
  }

  @Test
  void theManagerReadsTheProjectImportsAPlanAndAnOutsiderIsRefused() throws Exception {
    Project project = projectUnderWay();
    String key = project.getKey();
    Browser browser = extension.browser();
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    Workspace workspace = new Workspace(browser, port).signIn(PM, TestUsers.PASSWORD);

    // overview: health with the rules' reasons, earned value, the S-curve drawn
    workspace.open("/projects/" + key);
    WebElement canvas = browser.waitFor(By.cssSelector("#s-curve canvas"));
    assertThat(canvas.getSize().getWidth()).isGreaterThan(200);
    assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
    String overview = browser.pageText();
    assertThat(overview).contains(key, "Health", "Earned value (EV)", "Actual cost (AC)",
        "45,000", "100,000", "Next gate", "G3, readiness", "Go live", "Project finish",
        "Latest status report");
    assertThat(overview).containsPattern("Rated .* by the health rules \\(version \\w+\\)");
    assertThat(overview).doesNotContain("RED", "AMBER", "GREEN", "EXECUTION", "{");
    browser.screenshot("1-overview");
    scrollTo(browser, browser.driver().findElement(By.id("ev-heading")));
    browser.screenshot("1-overview-chart");

    // plan: a file with what the plan cannot hold is previewed with what was left out
    workspace.open("/projects/" + key + "/plan");
    browser.waitFor(By.id("gantt"));
    browser.screenshot("2-plan");
    long stored = versions.countByProjectKey(key);
    browser.driver().findElement(By.id("plan-file")).sendKeys(withConstraints().toString());
    browser.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
    browser.waitFor(By.id("preview"));
    String preview = browser.driver().findElement(By.id("preview")).getText();
    assertThat(preview).contains("Activities\n64 (4 milestones)", "Skipped or changed 2",
        "constraint must finish on", "is not supported (only start no earlier than) and was left out",
        "deadline", "is not part of the plan model and was left out");
    assertThat(versions.countByProjectKey(key)).isEqualTo(stored);
    scrollTo(browser, browser.driver().findElement(By.id("preview")));
    browser.screenshot("3-preview-skipped");
    browser.driver().findElement(By.xpath("//button[text()='Cancel']")).click();
    browser.waitForText("The upload was cancelled; the plan is unchanged.");
    assertThat(versions.countByProjectKey(key)).isEqualTo(stored);

    // the real MS Project file: previewed, applied, its Gantt chart shown
    browser.driver().findElement(By.id("plan-file")).sendKeys(realFile().toString());
    browser.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
    browser.waitFor(By.id("preview"));
    assertThat(browser.driver().findElement(By.id("preview")).getText())
        .contains("Preview of " + MPP, "64 (4 milestones)", "Skipped or changed 0",
            "Nothing: everything in the file fits the plan.");
    browser.screenshot("4-preview-real");
    browser.driver().findElement(By.id("apply-plan")).click();
    browser.waitForText("Imported " + MPP + " as plan version");
    assertThat(versions.countByProjectKey(key)).isEqualTo(stored + 1);
    assertThat(plans.latest(key).plan().activities()).hasSize(64);
    WebElement gantt = browser.waitFor(By.id("gantt"));
    browser.waitUntil(d -> loaded(browser, gantt));
    assertThat(gantt.getDomAttribute("alt")).contains("plan version " + plans.latest(key).version());
    browser.screenshot("5-plan-applied");

    // the MSPDI download answers with the plan as MS Project XML, in the same session
    String href = browser.driver().findElement(By.id("download-mspdi")).getDomProperty("href");
    @SuppressWarnings("unchecked")
    Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
        .executeAsyncScript("var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => r.text().then(t => done({status: r.status,"
            + " type: r.headers.get('content-type'), body: t.substring(0, 400)})));", href);
    assertThat(download.get("status")).isEqualTo(200L);
    assertThat((String) download.get("type")).contains("xml");
    assertThat((String) download.get("body")).contains("<Project");

    // changes and decisions: the health rating explained in words
    workspace.open("/projects/" + key + "/decisions");
    browser.waitFor(By.id("auto-heading"));
    String decisions = browser.pageText();
    assertThat(decisions).contains("Change log", "Gate decisions", "Health rating",
        "Rules that fired", "Facts the rules saw", "Rules version");
    assertThat(decisions).doesNotContain("{", "openHighRisks", "project-health", "RED");
    browser.screenshot("6-decisions");

    // team
    workspace.open("/projects/" + key + "/team");
    browser.waitFor(By.id("team-heading"));
    assertThat(browser.pageText()).contains(MEMBER, "Business analyst", "Project manager",
        "Sponsor", "Add a member");
    browser.screenshot("7-team");

    // a phone-sized window
    browser.driver().manage().window().setSize(new Dimension(400, 900));
    workspace.open("/projects/" + key);
    WebElement narrow = browser.waitFor(By.cssSelector("#s-curve canvas"));
    assertThat(narrow.getSize().getWidth()).isGreaterThan(100);
    browser.screenshot("8-overview-400px");
    scrollTo(browser, narrow);
    browser.screenshot("9-overview-400px-chart");

    // a requester who is not on the project is refused, on a readable page
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    browser.driver().manage().deleteAllCookies();
    new Workspace(browser, port).signIn(OUTSIDER, TestUsers.PASSWORD).open("/projects/" + key);
    browser.waitForText("Not allowed");
    assertThat(browser.pageText()).contains("You are not allowed to see the registers of " + key)
        .doesNotContain(project.getName());
    browser.screenshot("10-outsider-refused");
  }

  @Test
  void aFileOverTheUploadLimitIsRefusedOnThePage() throws Exception {
    Project project = projectUnderWay();
    long stored = versions.countByProjectKey(project.getKey());
    Path large = Files.createTempFile("too-large", ".mpp");
    large.toFile().deleteOnExit();
    Files.write(large, new byte[20 * 1024 * 1024 + 4096]);
    Browser browser = extension.browser();
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    new Workspace(browser, port).signIn(PM, TestUsers.PASSWORD)
        .open("/projects/" + project.getKey() + "/plan");

    browser.waitFor(By.id("plan-file")).sendKeys(large.toAbsolutePath().toString());
    browser.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

    browser.waitFor(By.id("upload-errors"));
    assertThat(browser.pageText()).contains("Nothing was stored.",
        "The file is larger than 20 MB, the most accepted.");
    assertThat(versions.countByProjectKey(project.getKey())).isEqualTo(stored);
    browser.screenshot("too-large");
    Files.deleteIfExists(large);
  }

  private static boolean loaded(Browser browser, WebElement image) {
    Object width = ((JavascriptExecutor) browser.driver()).executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
    return ((Number) width).longValue() > 0;
  }

  private static void scrollTo(Browser browser, WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'start'});", element);
  }
}
