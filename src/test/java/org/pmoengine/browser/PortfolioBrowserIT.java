package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.lifecycle.ProjectLifecycle;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.pmoengine.workspace.PortfolioTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portfolio dashboard and the projects list in a real browser: the PMO sees every chart
 * drawn, filters and sorts the list and finds the CSV export; a requester sees only the project
 * they manage and is turned away from the dashboard with a reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortfolioBrowserIT {

  static final String PMO = "pfb-lena";
  static final String REQUESTER = "pfb-rita";
  static final List<String> CHARTS = List.of("chart-stages", "chart-bubbles", "chart-funnel",
      "chart-heatmap", "chart-curve");

  static String ritasProject;
  static String redProject;

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired ProjectLifecycle lifecycle;
  @Autowired PlanService plans;
  @Autowired BudgetRegisters registers;

  @BeforeEach
  void portfolio() {
    TestUsers.ensure(identity, PMO, PmoGroups.PMO);
    TestUsers.ensure(identity, REQUESTER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "pfb-mia", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "pfb-otto", PmoGroups.REQUESTER);
    synchronized (PortfolioBrowserIT.class) {
      if (ritasProject == null) {
        createPortfolio();
      }
    }
  }

  private void createPortfolio() {
    PortfolioTestData data = new PortfolioTestData("2096", jdbc, projects, lifecycle, plans,
        registers);
    LocalDate start = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(5);
    String[][] portfolio = {
        {"Warehouse robots", "pfb-mia", "Logistics", "strategic", "900000", "5", "4", "4", "EXECUTION", "RED"},
        {"Payroll upgrade", "pfb-otto", "Finance", "operational", "250000", "3", "3", "2", "PLANNING", "GREEN"},
        {"Customer portal", "pfb-mia", "Sales", "strategic", "600000", "4", "5", "3", "EXECUTION", "AMBER"},
        {"Archive scanning", "pfb-otto", "Records", "operational", "80000", "2", "2", "1", "INITIATION", "GREEN"},
        {"Data centre exit", "pfb-mia", "IT", "strategic", "1200000", "4", "4", "5", "EXECUTION", "AMBER"},
        {"Field service app", REQUESTER, "IT", "operational", "150000", "3", "4", "2", "CLOSURE", "GREEN"}};
    for (String[] p : portfolio) {
      String key = data.project(p[0], p[1], "pfb-sam", p[2], p[3], p[4], Integer.parseInt(p[5]),
          Integer.parseInt(p[6]), Integer.parseInt(p[7])).getKey();
      data.inStage(key, Stage.valueOf(p[8]));
      data.rated(key, Rag.valueOf(p[9]));
      if (p[8].equals("EXECUTION")) {
        data.twoStepPlan(key, start, start.plusDays(18), start.plusDays(11));
        data.expense(key, String.valueOf(Integer.parseInt(p[4]) / 3), start.plusDays(9));
      }
      if (p[9].equals("RED")) {
        redProject = key;
      }
      if (p[1].equals(REQUESTER)) {
        ritasProject = key;
      }
    }
    data.openRequest("pfb-mia", "BOARD");
  }

  @Test
  void pmoSeesEveryChartDrawnAndFiltersSortsAndExportsTheProjects() {
    Browser browser = extension.browser();
    Workspace workspace = new Workspace(browser, port).signIn(PMO, TestUsers.PASSWORD);

    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    workspace.open("/portfolio");
    browser.waitForText("Earned value of the portfolio");
    for (String chart : CHARTS) {
      assertDrawn(browser, chart);
    }
    assertThat(browser.pageText()).contains("Running projects", "Estimate at completion",
        "Intake funnel", "Gates coming up", "Overdue reviews")
        .doesNotContain("EXECUTION", "null", "{\"");
    fullPage(browser, 1280);
    browser.screenshot("dashboard-1280");

    fullPage(browser, 400);
    for (String chart : CHARTS) {
      assertDrawn(browser, chart);
    }
    browser.screenshot("dashboard-400");

    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    workspace.open("/projects");
    browser.waitFor(By.id("projects-table"));
    WebElement csv = browser.driver().findElement(By.id("csv-link"));
    assertThat(csv.getAttribute("href")).contains("/projects.csv");
    assertThat(browser.pageText()).contains(ritasProject, redProject);

    new Select(browser.driver().findElement(By.id("f-rag"))).selectByVisibleText("Red");
    browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("rag=RED"));
    List<WebElement> badges = browser.findAll(By.cssSelector("#projects-table tbody .rag"));
    assertThat(badges).isNotEmpty().allSatisfy(b -> assertThat(b.getText()).isEqualTo("Red"));
    assertThat(browser.pageText()).contains(redProject).doesNotContain(ritasProject);
    assertThat(browser.driver().findElement(By.id("csv-link")).getAttribute("href"))
        .contains("/projects.csv?rag=RED");

    browser.driver().findElement(By.linkText("Budget")).click();
    browser.waitUntil(d -> d.getCurrentUrl().contains("sort=budget"));
    assertThat(browser.driver().getCurrentUrl()).contains("rag=RED");
    assertThat(browser.driver().findElement(By.cssSelector("th[aria-sort=ascending]")).getText())
        .startsWith("Budget");
    fullPage(browser, 1280);
    browser.screenshot("projects-1280");
    fullPage(browser, 400);
    browser.screenshot("projects-400");
  }

  @Test
  void requesterSeesOnlyTheirProjectAndIsTurnedAwayFromTheDashboard() {
    Browser browser = extension.browser();
    Workspace workspace = new Workspace(browser, port).signIn(REQUESTER, TestUsers.PASSWORD);

    assertThat(browser.findAll(By.linkText("Portfolio"))).isEmpty();
    workspace.open("/projects");
    browser.waitFor(By.id("projects-table"));
    List<WebElement> rows = browser.findAll(By.cssSelector("#projects-table tbody tr"));
    assertThat(rows).isNotEmpty()
        .allSatisfy(row -> assertThat(row.getText()).contains("Field service app"));
    assertThat(browser.pageText()).contains(ritasProject).doesNotContain(redProject);
    browser.screenshot("requester-projects");

    workspace.open("/portfolio");
    browser.waitForText("The portfolio is not open to you");
    assertThat(browser.pageText()).contains("for the PMO and the boards")
        .doesNotContain("Earned value of the portfolio", "Forbidden");
    assertThat(browser.findAll(By.cssSelector(".chart"))).isEmpty();
    browser.screenshot("requester-refused");
  }

  private static void assertDrawn(Browser browser, String chartId) {
    WebElement canvas = browser.waitFor(By.cssSelector("#" + chartId + " canvas"));
    assertThat(canvas.getSize().getWidth()).as(chartId).isPositive();
    assertThat(canvas.getSize().getHeight()).as(chartId).isPositive();
  }

  /** Makes the window as tall as the page at this width, so that one screenshot shows it all. */
  private static void fullPage(Browser browser, int width) {
    browser.driver().manage().window().setSize(new Dimension(width, 1000));
    Long height = (Long) ((JavascriptExecutor) browser.driver())
        .executeScript("return document.documentElement.scrollHeight;");
    browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 8000)));
    browser.waitUntil(d -> true);
  }
}
