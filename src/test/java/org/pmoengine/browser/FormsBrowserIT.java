package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/** Each Camunda Form of project-intake as Tasklist renders it: labels, prefills, messages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormsBrowserIT {

  static final String REQUESTER = "forms-rita";
  static final String PMO = "forms-pia";
  static final String BOARD = "forms-bea";

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
    TestUsers.ensure(identityService, REQUESTER, PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, PMO, PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, BOARD, PmoGroups.REQUESTER, PmoGroups.PORTFOLIO_BOARD);
  }

  @Test
  void startFormShowsEveryRequestFieldInGroups() {
    Browser browser = extension.browser();
    CamundaForm form = new Tasklist(browser, port).login(REQUESTER, TestUsers.PASSWORD)
        .startProcess("Project intake");
    browser.screenshot("intake-request");

    assertThat(form.labels()).containsExactly(
        "The project", "Title", "Summary", "Business case",
        "Ownership", "Sponsor", "Department", "Category", "Mandatory or regulatory obligation",
        "Budget and schedule", "Requested budget (EUR)", "Estimated effort (person-days)",
        "Desired start", "Desired end",
        "Ratings", "Strategic alignment (1–5)", "Business value (1–5)",
        "Time criticality (1–5)", "Risk reduction or opportunity enablement (1–5)",
        "Delivery risk (1–5, 5 = very risky)");
    assertThat(form.options("category"))
        .containsExactly("Strategic", "Operational", "Regulatory", "Maintenance");
  }

  @Test
  void correctionFormShowsEachMessageBesideItsFieldAndKeepsTheValues() {
    Map<String, Object> invalid = IntakeDriver.aSmallRequest("");
    invalid.put("desiredEnd", "2027-01-15");
    ProcessInstance instance = intake.submit(REQUESTER, invalid);
    String titleError = (String) runtimeService.getVariable(instance.getId(), "titleError");
    String endError = (String) runtimeService.getVariable(instance.getId(), "desiredEndError");
    assertThat(titleError).isNotBlank();
    assertThat(endError).isNotBlank();

    Browser browser = extension.browser();
    Tasklist tasklist = new Tasklist(browser, port).login(REQUESTER, TestUsers.PASSWORD);
    CamundaForm form = tasklist.openTask(intake.task(instance, "correct-request").getId());
    browser.waitUntil(d -> form.text().contains(endError));
    browser.screenshot("correct-request");

    assertThat(form.text()).contains("Correct your request", "2 fields need correcting.",
        titleError, endError);
    // the heading and the two messages; the blocks of the fields without a message are hidden
    assertThat(form.shownTextBlocks()).isEqualTo(3);
    assertThat(form.value("summary")).isEqualTo("Retire unused reports.");
    assertThat(form.value("requestedBudget")).isEqualTo("15000");
    assertThat(form.selected("category")).isEqualTo("Maintenance");
    assertThat(form.dateValue("desiredStart")).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(form.dateValue("desiredEnd")).isEqualTo(LocalDate.of(2027, 1, 15));

    form.type("title", "Reporting clean-up").date("desiredEnd", LocalDate.of(2027, 4, 30));
    tasklist.completeTask();
    browser.waitUntil(d -> intake.task(instance, "correct-request") == null);
    ProjectRequest stored = intake.latestRequestOf(REQUESTER);
    assertThat(stored.getTitle()).isEqualTo("Reporting clean-up");
    assertThat(stored.getDesiredEnd()).isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(stored.getRequestedBudget()).isEqualByComparingTo("15000");
    assertThat(stored.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
  }

  @Test
  void provideInformationFormShowsTheQuestionAndTheRequestToUpdate() {
    ProjectRequest request = intake.submitAndScore(REQUESTER,
        IntakeDriver.aSmallRequest("Licence consolidation"));
    intake.decide(request, "pmo-triage", PMO, "MORE_INFO", "What does the licence cost per year?");

    Browser browser = extension.browser();
    Tasklist tasklist = new Tasklist(browser, port).login(REQUESTER, TestUsers.PASSWORD);
    CamundaForm form = tasklist.openTask(intake.task(request, "provide-information").getId());
    browser.waitUntil(d -> form.text().contains("What does the licence cost per year?"));
    browser.screenshot("provide-information");

    assertThat(form.text()).contains("Licence consolidation", request.getKey());
    assertThat(form.labels()).containsExactly("Your answer", "Update your request",
        "Summary", "Business case", "Requested budget (EUR)", "Estimated effort (person-days)",
        "Desired start", "Desired end", "Strategic alignment (1–5)", "Business value (1–5)",
        "Time criticality (1–5)", "Risk reduction or opportunity enablement (1–5)",
        "Delivery risk (1–5, 5 = very risky)");
    assertThat(form.value("summary")).isEqualTo("Retire unused reports.");
    assertThat(form.value("effortPersonDays")).isEqualTo("10");
    assertThat(form.dateValue("desiredEnd")).isEqualTo(LocalDate.of(2027, 3, 31));

    form.type("informationProvided", "12,000 EUR a year, three suppliers.")
        .type("requestedBudget", 18000);
    tasklist.completeTask();
    browser.waitUntil(d -> intake.task(request, "provide-information") == null);
    ProjectRequest answered = intake.reload(request);
    assertThat(answered.getInformationProvided()).isEqualTo("12,000 EUR a year, three suppliers.");
    assertThat(answered.getRequestedBudget()).isEqualByComparingTo("18000");
  }

  @Test
  void reviewFormsShowTheScoreAndTheFourDecisions() {
    Map<String, Object> large = IntakeDriver.aSmallRequest("Customer portal relaunch");
    large.put("category", "strategic");
    large.put("requestedBudget", 1_200_000);
    large.put("effortPersonDays", 1500);
    large.put("strategicAlignment", 5);
    large.put("businessValue", 5);
    ProjectRequest request = intake.submitAndScore(REQUESTER, large);
    assertThat(request.getRoute()).isEqualTo(Route.BOARD);

    Browser browser = extension.browser();
    Tasklist tasklist = new Tasklist(browser, port).login(PMO, TestUsers.PASSWORD);
    CamundaForm triage = tasklist.openTask(intake.task(request, "pmo-triage").getId());
    browser.waitUntil(d -> triage.text().contains(request.getKey()));
    browser.screenshot("pmo-triage");
    assertReviewForm(triage, request, "PMO triage");
    assertThat(browser.pageText()).as("the task's name in Tasklist")
        .contains("PMO triage: " + request.getKey() + " " + request.getTitle());
    assertThat(triage.labels()).containsExactly("The request", "Score and route",
        "Your decision", "Decision", "Reason");

    intake.decide(request, "pmo-triage", PMO, "APPROVE", "Strategic; the board decides.");
    browser.driver().manage().deleteAllCookies();
    tasklist.login(BOARD, TestUsers.PASSWORD);
    CamundaForm board = tasklist.openTask(intake.task(request, "portfolio-board-review").getId());
    browser.waitUntil(d -> board.text().contains(request.getKey()));
    browser.screenshot("portfolio-board-review");
    board.scrollToGroup("Score and route");
    browser.screenshot("portfolio-board-review-score");
    assertReviewForm(board, request, "Portfolio board review");
    assertThat(board.labels()).containsExactly("The request", "Score and route",
        "Triage by the PMO", "Your decision", "Decision", "Reason");
    assertThat(board.text()).as("the PMO's decision and reason, from the records")
        .contains("Approved by " + PMO + " on ", "Strategic; the board decides.");
    board.scrollToGroup("Triage by the PMO");
    browser.screenshot("portfolio-board-review-triage");
  }

  private static void assertReviewForm(CamundaForm form, ProjectRequest request, String heading) {
    assertThat(form.text()).contains(heading, request.getKey() + ": " + request.getTitle(),
        "Requested by " + REQUESTER,
        "Score " + request.getScore() + " (" + request.getPriorityClass() + ")",
        request.getRoute().label(), "Requested budget: 1,200,000 EUR");
    assertThat(form.showsFirstSentenceOf(request.getExplanation())).isTrue();
    assertThat(form.options("decision")).containsExactly("Approve", "Reject", "Defer to backlog",
        "Send back for more information");
  }
}
