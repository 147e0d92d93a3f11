package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One sign-in in a real browser: the sign-in page, the workspace, Tasklist and Cockpit share one
 * session; signing out anywhere ends it everywhere; the page's API calls carry the CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserIT {

  private static final String PMO_USER = "signin-lena";
  private static final String TASK_NAME = "Read the quarterly portfolio report";
  private static final By TASKLIST_LINK =
      By.cssSelector("nav.mainnav a[href$='/camunda/app/tasklist/default/']");
  private static final By COCKPIT_LINK =
      By.cssSelector("nav.mainnav a[href$='/camunda/app/cockpit/default/']");

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;

  @BeforeEach
  void aPmoUserWithATask() {
    Tasklist.ensureAdministratorExists(identityService);
    TestUsers.ensure(identityService, PMO_USER, PmoGroups.REQUESTER, PmoGroups.PMO);
    if (taskService.createTaskQuery().taskAssignee(PMO_USER).taskName(TASK_NAME).count() == 0) {
      Task task = taskService.newTask();
      task.setName(TASK_NAME);
      task.setAssignee(PMO_USER);
      taskService.saveTask(task);
    }
  }

  @Test
  void signInOnceMoveBetweenWorkspaceTasklistAndCockpitThenSignOut() {
    Browser browser = extension.browser();
    String base = "http://localhost:" + port;

    // Tasklist without a session: our sign-in page, not Tasklist's login form
    browser.open(base + Tasklist.PATH);
    browser.waitFor(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "/login");
    browser.screenshot("1-tasklist-asks-to-sign-in");

    fillSignIn(browser, PMO_USER, "not-the-password");
    browser.waitForText("The user name or the password is not right.");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/login?error");
    browser.screenshot("2-wrong-password");

    // signing in leads back to Tasklist, which asks nothing more and shows the user's task
    fillSignIn(browser, PMO_USER, TestUsers.PASSWORD);
    browser.waitUntil(d -> browser.pageText().contains(TASK_NAME));
    assertThat(browser.driver().getCurrentUrl()).startsWith(base + Tasklist.PATH);
    assertThat(browser.findAll(By.cssSelector("input[ng-model='password']"))).isEmpty();
    browser.screenshot("3-back-in-tasklist");

    browser.open(base + "/");
    browser.waitFor(By.cssSelector("header.topbar .who"));
    assertThat(browser.pageText()).contains(PMO_USER);
    browser.screenshot("4-workspace-home");

    browser.driver().findElement(TASKLIST_LINK).click();
    browser.waitUntil(d -> browser.pageText().contains(TASK_NAME));
    browser.screenshot("5-tasklist-from-the-workspace");

    browser.open(base + "/");
    browser.driver().findElement(COCKPIT_LINK).click();
    browser.waitUntil(d -> d.getTitle().contains("Cockpit")
        && browser.pageText().contains("Processes") && browser.pageText().contains(PMO_USER));
    assertThat(browser.findAll(By.cssSelector("input[ng-model='password']"))).isEmpty();
    browser.screenshot("6-cockpit");

    browser.open(base + "/");
    browser.waitFor(By.cssSelector("header.topbar .who"));
    browser.screenshot("7-back-in-the-workspace");

    // the page's session calls the API with the CSRF token of its meta tags; without it, no
    assertThat(postRequestFromThePage(browser, true)).isEqualTo(201L);
    assertThat(postRequestFromThePage(browser, false)).isEqualTo(403L);

    browser.driver().findElement(By.cssSelector("header.topbar .who button[type=submit]")).click();
    browser.waitForText("You have signed out.");
    browser.screenshot("8-signed-out");

    browser.open(base + Tasklist.PATH);
    browser.waitFor(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "/login");
    browser.screenshot("9-tasklist-asks-again");
  }

  @Test
  void tasklistsLogOutEndsTheOneSession() {
    Browser browser = extension.browser();
    String base = "http://localhost:" + port;
    new Tasklist(browser, port).login(PMO_USER, TestUsers.PASSWORD);
    browser.waitUntil(d -> browser.pageText().contains(TASK_NAME));

    browser.driver().findElement(By.cssSelector(".account .dropdown-toggle")).click();
    browser.waitFor(By.linkText("Log out")).click();

    // Tasklist's own login view is not shown: the browser goes to the one sign-in page
    browser.waitFor(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).startsWith(base + "/login");
    browser.screenshot("1-after-tasklist-log-out");
    browser.open(base + "/");
    browser.waitFor(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "/login");
  }

  private static void fillSignIn(Browser browser, String user, String password) {
    browser.waitFor(By.id("username")).clear();
    browser.driver().findElement(By.id("username")).sendKeys(user);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** Posts a new request with fetch() from the open workspace page; the answer's status. */
  private static Object postRequestFromThePage(Browser browser, boolean withToken) {
    String script = """
        const done = arguments[arguments.length - 1];
        const headers = {'Content-Type': 'application/json'};
        if (arguments[0]) {
          headers[document.querySelector('meta[name="_csrf_header"]').content] =
              document.querySelector('meta[name="_csrf"]').content;
        }
        fetch('/api/requests', {method: 'POST', headers: headers, body: JSON.stringify({
          title: 'Meeting room screens', summary: 'Screens for the meeting rooms',
          businessCase: 'Fewer lost minutes', sponsor: 'signin-lena', department: 'Facilities',
          category: 'operational', mandatory: false, requestedBudget: 20000,
          effortPersonDays: 10, desiredStart: '2027-03-01', desiredEnd: '2027-05-31',
          strategicAlignment: 3, businessValue: 3, timeCriticality: 3,
          riskReductionOpportunity: 3, deliveryRisk: 3})})
          .then(r => done(r.status), e => done(String(e)));
        """;
    return ((JavascriptExecutor) browser.driver()).executeAsyncScript(script, withToken);
  }

}
