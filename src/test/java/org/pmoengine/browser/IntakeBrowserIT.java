package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.intake.RequestStatus;
import org.pmoengine.intake.Route;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Project intake in a real browser: a requester proposes a project from the start form in
 * Tasklist, a PMO user triages it from the review form, and the submitter of a request is
 * refused when approving it. Job execution is off in tests, so the test runs the async steps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeBrowserIT {

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ProjectRequestRepository requests;
  IntakeDriver intake;

  @BeforeEach
  void setUp() {
    intake = new IntakeDriver(identityService, runtimeService, taskService, managementService,
        requests);
    Tasklist.ensureAdministratorExists(identityService);
    TestUsers.ensure(identityService, "browser-rita", PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, "browser-pia", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, "browser-dora", PmoGroups.REQUESTER, PmoGroups.PMO);
  }

  @Test
  void requesterProposesInTasklistAndPmoApprovesSmallRequestIntoAProject() {
    Browser browser = extension.browser();
    Tasklist tasklist = new Tasklist(browser, port).login("browser-rita", TestUsers.PASSWORD);
    CamundaForm form = tasklist.startProcess("Project intake");
    form.type("title", "Browser-proposed archive migration")
        .type("summary", "Move the document archive to the managed storage service.")
        .type("businessCase", "The archive servers leave support next year; saves 1 FTE.")
        .type("sponsor", "Sam Sponsor")
        .type("department", "Operations")
        .select("category", "Operational")
        .type("requestedBudget", 60000)
        .type("effortPersonDays", 40)
        .date("desiredStart", LocalDate.of(2027, 3, 1))
        .date("desiredEnd", LocalDate.of(2027, 6, 30))
        .type("strategicAlignment", 3)
        .type("businessValue", 4)
        .type("timeCriticality", 3)
        .type("riskReductionOpportunity", 4)
        .type("deliveryRisk", 2);
    browser.screenshot("1-start-form-filled");
    tasklist.submitStartForm();
    browser.screenshot("2-started");

    ProjectRequest submitted = intake.latestRequestOf("browser-rita");
    assertThat(submitted.getKey()).matches("REQ-\\d{4}-\\d{4}");
    assertThat(submitted.getTitle()).isEqualTo("Browser-proposed archive migration");
    assertThat(submitted.getCategory()).isEqualTo("operational");
    assertThat(submitted.getRequestedBudget()).isEqualByComparingTo("60000");
    assertThat(submitted.getEffortPersonDays()).isEqualTo(40);
    assertThat(submitted.getDesiredStart()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(submitted.getDesiredEnd()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(submitted.getRiskReductionOpportunity()).isEqualTo(4);
    assertThat(submitted.getDeliveryRisk()).isEqualTo(2);
    assertThat(submitted.isMandatory()).isFalse();
    intake.runJob(submitted, "score-request");
    ProjectRequest scored = intake.reload(submitted);
    assertThat(scored.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
    assertThat(scored.getRoute()).isEqualTo(Route.PMO);

    browser.driver().manage().deleteAllCookies();
    tasklist.login("browser-pia", TestUsers.PASSWORD);
    CamundaForm triage = tasklist.openTask(intake.task(scored, "pmo-triage").getId());
    browser.waitUntil(d -> triage.text().contains(scored.getKey()));
    assertThat(triage.text())
        .contains("Browser-proposed archive migration", "browser-rita")
        .contains("Score " + scored.getScore() + " (" + scored.getPriorityClass() + ")")
        .contains("PMO triage only");
    assertThat(triage.showsFirstSentenceOf(scored.getExplanation())).isTrue();
    browser.screenshot("3-triage-form");
    triage.scrollToGroup("Score and route");
    browser.screenshot("3-triage-score");
    triage.select("decision", "Approve")
        .type("decisionReason", "Small, well argued and the servers leave support.");
    browser.screenshot("4-triage-decided");
    tasklist.completeTask();
    browser.waitUntil(d -> intake.task(scored, "pmo-triage") == null);
    browser.screenshot("5-triage-completed");

    intake.runJob(scored, "create-project");
    ProjectRequest approved = intake.reload(scored);
    assertThat(approved.getStatus()).isEqualTo(RequestStatus.APPROVED);
    assertThat(approved.getDecidedBy()).isEqualTo("browser-pia");
    assertThat(approved.getProjectKey()).matches("PRJ-\\d{4}-\\d{4}");
  }

  @Test
  void submitterInThePmoCannotApproveTheirOwnRequestAndSeesWhy() {
    ProjectRequest request = intake.submitAndScore("browser-dora",
        IntakeDriver.aSmallRequest("Self-reviewed reporting clean-up"));

    Browser browser = extension.browser();
    Tasklist tasklist = new Tasklist(browser, port).login("browser-dora", TestUsers.PASSWORD);
    CamundaForm triage = tasklist.openTask(intake.task(request, "pmo-triage").getId());
    browser.waitUntil(d -> triage.text().contains(request.getKey()));
    triage.select("decision", "Approve").type("decisionReason", "Looks good to me.");
    tasklist.completeTask();
    browser.waitForText("four-eyes rule");
    browser.screenshot("four-eyes-refused");

    assertThat(browser.pageText()).contains("someone else must approve it")
        .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("org.camunda");
    assertThat(intake.task(request, "pmo-triage")).isNotNull();
    assertThat(intake.reload(request).getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
  }
}
