package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.pmoengine.change.ChangeTestProjects;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The home page at {@code /}: what waits for the signed-in person, and for the PMO the portfolio. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeBrowserIT {

  static final String REQUESTER = "home-pia";
  static final String PMO = "home-pete";

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProjectRequestRepository requests;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PlanService plans;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, REQUESTER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, PMO, PmoGroups.REQUESTER, PmoGroups.PMO);
  }

  @Test
  void aRequesterSeesTheirRequestAndProjectAndNoPortfolio() {
    ProjectRequest request = driver().submitAndScore(REQUESTER,
        IntakeDriver.aSmallRequest("Home page archive clean-up"));
    Project project = new ChangeTestProjects(jdbc, projects, plans, team).inExecution(REQUESTER);
    Browser browser = extension.browser();

    new Workspace(browser, port).signIn(REQUESTER, TestUsers.PASSWORD);
    browser.screenshot("requester");

    String page = browser.pageText();
    assertThat(page).contains("My requests", request.getKey(), "Home page archive clean-up",
        "In review", "My projects", project.getKey(), "Execution");
    assertThat(page).doesNotContain("Active projects", "IN_REVIEW", "EXECUTION");
    assertThat(browser.findAll(By.linkText("Portfolio"))).isEmpty();
    assertThat(browser.findAll(By.cssSelector("a[href='/requests/" + request.getKey() + "']")))
        .hasSize(1);
    assertThat(browser.findAll(By.cssSelector("a[href='/projects/" + project.getKey() + "']")))
        .hasSize(1);
  }

  @Test
  void thePmoSeesTheTriageTaskWithItsTasklistLinkAndThePortfolioTiles() {
    ProjectRequest request = driver().submitAndScore(REQUESTER,
        IntakeDriver.aSmallRequest("Home page triage example"));
    String taskId = tasks.createTaskQuery().processInstanceId(request.getProcessInstanceId())
        .singleResult().getId();
    // the PMO member took the triage: it heads their list, before the tasks of their groups
    tasks.claim(taskId, PMO);
    Browser browser = extension.browser();

    new Workspace(browser, port).signIn(PMO, TestUsers.PASSWORD);
    browser.screenshot("pmo");

    assertThat(browser.pageText()).contains("Active projects", "Red", "Amber", "Green", "My tasks");
    List<WebElement> taskLinks = browser.findAll(By.cssSelector("#tasks-heading ~ table a"));
    assertThat(taskLinks).first().extracting(a -> a.getAttribute("href"))
        .isEqualTo("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    assertThat(browser.waitFor(By.cssSelector("#tasks-heading ~ table tbody tr")).getText())
        .contains("PMO triage: " + request.getKey(), "yours");
    assertThat(browser.findAll(By.linkText("Portfolio"))).hasSize(1);

    browser.driver().manage().window().setSize(new Dimension(400, 900));
    browser.screenshot("pmo-phone");
    assertThat(browser.waitFor(By.cssSelector(".tiles")).getSize().getWidth()).isLessThan(400);
  }

  @Test
  void anAnonymousVisitorIsSentToTheSignInPage() {
    Browser browser = extension.browser();
    browser.open("http://localhost:" + port + "/");
    browser.waitFor(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    browser.screenshot("sign-in");
  }

  private IntakeDriver driver() {
    return new IntakeDriver(identity, runtime, tasks, management, requests);
  }
}
