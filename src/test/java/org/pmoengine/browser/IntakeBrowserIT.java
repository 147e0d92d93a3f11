package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmoengine.intake.IntakeVariables;
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

  @BeforeEach
  void users() {
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

    ProjectRequest submitted = latestRequestOf("browser-rita");
    assertThat(submitted.getKey()).matches("REQ-\\d{4}-\\d{4}");
    assertThat(submitted.getTitle()).isEqualTo("Browser-proposed archive migration");
    assertThat(submitted.getRequestedBudget()).isEqualByComparingTo("60000");
    assertThat(submitted.getDesiredStart()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(submitted.getDesiredEnd()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(submitted.getDeliveryRisk()).isEqualTo(2);
    assertThat(submitted.isMandatory()).isFalse();
    runJob(submitted, "score-request");
    ProjectRequest scored = reload(submitted);
    assertThat(scored.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
    assertThat(scored.getRoute()).isEqualTo(Route.PMO);

    browser.driver().manage().deleteAllCookies();
    tasklist.login("browser-pia", TestUsers.PASSWORD);
    CamundaForm triage = tasklist.openTask(reviewTask(scored).getId());
    browser.waitUntil(d -> triage.text().contains(scored.getKey()));
    assertThat(triage.text())
        .contains("Browser-proposed archive migration", "browser-rita")
        .contains("Score " + scored.getScore() + " (" + scored.getPriorityClass() + ")")
        .contains("route PMO")
        .contains(firstSentence(scored.getExplanation()));
    browser.screenshot("3-triage-form");
    triage.select("decision", "Approve")
        .type("decisionReason", "Small, well argued and the servers leave support.");
    browser.screenshot("4-triage-decided");
    tasklist.completeTask();
    browser.waitUntil(d -> reviewTask(scored) == null);
    browser.screenshot("5-triage-completed");

    runJob(scored, "create-project");
    ProjectRequest approved = reload(scored);
    assertThat(approved.getStatus()).isEqualTo(RequestStatus.APPROVED);
    assertThat(approved.getDecidedBy()).isEqualTo("browser-pia");
    assertThat(approved.getProjectKey()).matches("PRJ-\\d{4}-\\d{4}");
  }

  @Test
  void submitterInThePmoCannotApproveTheirOwnRequestAndSeesWhy() {
    identityService.setAuthentication("browser-dora",
        List.of(PmoGroups.REQUESTER, PmoGroups.PMO));
    try {
      runtimeService.startProcessInstanceByKey(IntakeVariables.PROCESS_ID, formAsTasklistSends());
    } finally {
      identityService.clearAuthentication();
    }
    ProjectRequest request = latestRequestOf("browser-dora");
    runJob(request, "score-request");

    Browser browser = extension.browser();
    Tasklist tasklist = new Tasklist(browser, port).login("browser-dora", TestUsers.PASSWORD);
    CamundaForm triage = tasklist.openTask(reviewTask(request).getId());
    browser.waitUntil(d -> triage.text().contains(request.getKey()));
    triage.select("decision", "Approve").type("decisionReason", "Looks good to me.");
    tasklist.completeTask();
    browser.waitForText("four-eyes rule");
    browser.screenshot("four-eyes-refused");

    assertThat(browser.pageText()).contains("someone else must approve it");
    assertThat(reviewTask(request)).isNotNull();
    assertThat(reload(request).getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
  }

  /** The start form's values with the types Tasklist submits. */
  private static Map<String, Object> formAsTasklistSends() {
    Map<String, Object> form = new HashMap<>();
    form.put("title", "Self-reviewed reporting clean-up");
    form.put("summary", "Retire unused reports.");
    form.put("businessCase", "Less maintenance.");
    form.put("sponsor", "Dora");
    form.put("department", "PMO");
    form.put("category", "maintenance");
    form.put("mandatory", false);
    form.put("requestedBudget", 15000);
    form.put("effortPersonDays", 10);
    form.put("desiredStart", "2027-02-01");
    form.put("desiredEnd", "2027-03-31");
    form.put("strategicAlignment", 2);
    form.put("businessValue", 3);
    form.put("timeCriticality", 2);
    form.put("riskReductionOpportunity", 2);
    form.put("deliveryRisk", 1);
    return form;
  }

  private ProjectRequest latestRequestOf(String userId) {
    List<ProjectRequest> mine = requests.findBySubmittedByOrderBySubmittedAtDesc(userId);
    assertThat(mine).as("requests of " + userId).isNotEmpty();
    return mine.get(0);
  }

  private ProjectRequest reload(ProjectRequest request) {
    return requests.findByKey(request.getKey()).orElseThrow();
  }

  private Task reviewTask(ProjectRequest request) {
    return taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
        .taskDefinitionKey("pmo-triage").singleResult();
  }

  private void runJob(ProjectRequest request, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(request.getProcessInstanceId())
        .activityId(activityId).singleResult();
    assertThat(job).as(activityId + " job of " + request.getKey()).isNotNull();
    managementService.executeJob(job.getId());
  }

  private static String firstSentence(String text) {
    int end = text.indexOf('.');
    return end > 0 ? text.substring(0, end) : text;
  }
}
