package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A requester's own requests: where each waits, its score and why, the reviewers' decision; and
 * someone else's request refused with a readable page. The PMO opens any request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestsBrowserIT {

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ProjectRequestRepository requests;

  IntakeDriver intake;

  @BeforeEach
  void users() {
    TestUsers.ensure(identityService, "myreq-rosa", PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, "myreq-otto", PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, "myreq-pia", PmoGroups.REQUESTER, PmoGroups.PMO);
    intake = new IntakeDriver(identityService, runtimeService, taskService, managementService,
        requests);
  }

  @Test
  void requesterSeesTheirRequestsWithKeyScoreAndWhyButNotAnothersRequest() {
    ProjectRequest waiting = intake.submitAndScore("myreq-rosa",
        IntakeDriver.aSmallRequest("Retire the old reports"));
    ProjectRequest questioned = intake.submitAndScore("myreq-rosa",
        IntakeDriver.aSmallRequest("Archive the shared drive"));
    intake.decide(questioned, "pmo-triage", "myreq-pia", "MORE_INFO",
        "Which drives, and how much data?");
    ProjectRequest others = intake.submitAndScore("myreq-otto",
        IntakeDriver.aSmallRequest("Otto's own idea"));

    Browser browser = extension.browser();
    Workspace workspace = new Workspace(browser, port).signIn("myreq-rosa", TestUsers.PASSWORD);
    workspace.open("/requests");
    browser.waitFor(By.id("my-requests"));
    String list = browser.driver().findElement(By.id("my-requests")).getText();
    assertThat(list).contains(waiting.getKey(), "Retire the old reports", "PMO triage",
        String.valueOf(waiting.getScore()), "Priority " + waiting.getPriorityClass(),
        questioned.getKey(), "More information from the requester", "your task in Tasklist")
        .doesNotContain(others.getKey(), "IN_REVIEW", "MORE_INFORMATION");
    browser.screenshot("list");

    browser.driver().findElement(By.linkText(questioned.getKey())).click();
    browser.waitFor(By.id("decisions"));
    assertThat(browser.driver().findElement(By.id("score")).getText())
        .isEqualTo(String.valueOf(questioned.getScore()));
    assertThat(browser.driver().findElement(By.id("top-reasons")).getText())
        .contains(questioned.getTopReasons().get(0));
    assertThat(browser.driver().findElement(By.id("explanation")).getText()).isNotBlank();
    assertThat(browser.driver().findElement(By.id("rules-fired")).getText())
        .contains("Strategic alignment earns up to 20 points",
            "Effort up to 20 person-days is a job of size 1");
    assertThat(browser.driver().findElement(By.id("decisions")).getText())
        .contains("PMO triage", "More information asked", "Which drives, and how much data?");
    assertThat(browser.driver().findElement(By.id("where-it-waits")).getText())
        .startsWith("Waits in More information from the requester since");
    assertThat(browser.pageText()).contains("The reviewers ask: Which drives, and how much data?",
        "Open the task “Provide information");
    browser.screenshot("request");
    browser.driver().manage().window().setSize(new Dimension(400, 900));
    browser.driver().navigate().refresh();
    browser.waitFor(By.id("decisions"));
    browser.screenshot("request-narrow");
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));

    workspace.open("/requests/" + others.getKey());
    browser.waitForText("Not allowed");
    assertThat(browser.pageText())
        .contains(others.getKey() + " is someone else's request.")
        .doesNotContain("Otto's own idea", "\"status\"", "Exception");
    browser.screenshot("someone-elses");

    workspace.open("/requests/REQ-1999-9999");
    browser.waitForText("Not found");
    assertThat(browser.pageText()).contains("There is no request REQ-1999-9999.");
  }

  @Test
  void thePmoOpensAnyRequest() {
    ProjectRequest others = intake.submitAndScore("myreq-otto",
        IntakeDriver.aSmallRequest("Otto's second idea"));
    Browser browser = extension.browser();
    new Workspace(browser, port).signIn("myreq-pia", TestUsers.PASSWORD)
        .open("/requests/" + others.getKey());
    browser.waitFor(By.id("rules-fired"));
    assertThat(browser.pageText()).contains(others.getKey(), "Otto's second idea", "PMO triage",
        "No reviewer has decided yet.");
    assertThat(browser.findAll(By.linkText("Intake pipeline"))).hasSize(1);
  }
}
