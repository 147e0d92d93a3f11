package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.pmoengine.intake.IntakeVariables.*;
import static org.pmoengine.intake.RequestFormBuilder.aRequest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmoengine.notification.OutboxSender;
import org.pmoengine.notification.TestSmtp;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.pmoengine.web.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Walks every path of project-intake on the real engine, rules and database. */
@SpringBootTest
class IntakeProcessTests {

  /** Friday 27 November 2026, 10:00 UTC: review deadlines fall after a weekend. */
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired ProjectRequestRepository requests;
  @Autowired ReviewDecisionRepository decisions;
  @Autowired ProjectRepository projects;
  @Autowired OutboxSender sender;
  @Autowired JdbcTemplate jdbc;

  static final ServerSetup SMTP = TestSmtp.onFreePort();

  @RegisterExtension
  static final GreenMailExtension greenMail = new GreenMailExtension(SMTP);

  @Autowired JavaMailSenderImpl mailSender;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    mailSender.setHost(SMTP.getBindAddress());
    mailSender.setPort(SMTP.getPort());
    TestUsers.ensure(identity, "rita", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "pete", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, "paul", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identity, "bea", PmoGroups.REQUESTER, PmoGroups.PORTFOLIO_BOARD);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void smallRequestNeedsPmoTriageOnlyAndBecomesAProject() {
    ProcessInstance instance = submit("rita", aRequest().build());

    ProjectRequest request = requestOf(instance);
    assertThat(request.getKey()).matches("REQ-2026-\\d{4}");
    assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(instance).isWaitingAt("score-request").hasBusinessKey(request.getKey());
    assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys(FORM_FIELDS.toArray(String[]::new));

    execute(job());

    assertThat(instance).isWaitingAt("pmo-triage").variables().containsEntry(ROUTE, "PMO");
    assertThat(task()).hasCandidateGroup(PmoGroups.PMO);
    ProjectRequest scored = requestOf(instance);
    assertThat(task().getName()).isEqualTo("PMO triage: " + scored.getKey() + " "
        + scored.getTitle());
    assertThat(tasks.createTaskQuery().taskNameLike("%" + scored.getKey() + "%").singleResult()
        .getId()).as("Tasklist's search by name finds the key").isEqualTo(task().getId());
    // Friday 27 November 10:00 + 3 working days: the reminder deadline
    assertThat(task().getDueDate().toInstant()).isEqualTo("2026-12-02T10:00:00Z");
    assertThat(task().getPriority())
        .isEqualTo(IntakeService.taskPriority(scored.getPriorityClass()));
    assertThat(tasks.getVariablesLocal(task().getId())).containsKeys("score", "explanation");
    request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
    assertThat(request.getScore()).isBetween(0, 100);
    assertThat(request.getExplanation()).isNotBlank();

    decide("pete", Decision.APPROVE, "Fits the finance roadmap.");
    assertThat(instance).isWaitingAt("create-project");
    createProjectAndStartLifecycle(instance);

    assertThat(instance).hasPassedInOrder("pmo-triage", "create-project", "start-lifecycle")
        .hasNotPassed("portfolio-board-review").isEnded();
    assertThat(instance).hasPassed("request-approved");
    request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
    assertThat(request.getProjectKey()).matches("PRJ-2026-\\d{4}");
    assertThat(projects.findByKey(request.getProjectKey())).get()
        .satisfies(p -> {
          assertThat(p.getRequestKey()).isEqualTo(requestOf(instance).getKey());
          assertThat(p.getBudget()).isEqualByComparingTo("80000");
        });
    assertThat(decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(request.getKey()))
        .extracting(ReviewDecision::getStage, ReviewDecision::getDecision,
            ReviewDecision::getDecidedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            ReviewStage.PMO_TRIAGE, Decision.APPROVE, "pete"));
  }

  @Test
  void largeRequestGoesFromTriageToThePortfolioBoard() {
    ProcessInstance instance = submit("rita", aRequest().withBudget(400_000).build());
    execute(job());
    assertThat(instance).isWaitingAt("pmo-triage").variables().containsEntry(ROUTE, "BOARD");

    decide("pete", Decision.APPROVE, "Worth a board slot.");

    assertThat(instance).isWaitingAt("portfolio-board-review");
    assertThat(task()).hasCandidateGroup(PmoGroups.PORTFOLIO_BOARD);
    ProjectRequest request = requestOf(instance);
    assertThat(task().getName()).isEqualTo("Portfolio board review: " + request.getKey() + " "
        + request.getTitle());
    assertThat(task().getDueDate().toInstant()).isEqualTo("2026-12-02T10:00:00Z");
    assertThat(tasks.getVariablesLocal(task().getId()))
        .containsEntry("triageDecision", "Approved")
        .containsEntry("triageReason", "Worth a board slot.")
        .containsEntry("triageBy", "pete")
        .containsEntry("triageOn", "27 Nov 2026")
        .containsEntry("requestedBudgetText", "400,000 EUR");
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.IN_REVIEW);

    decide("bea", Decision.APPROVE, "Funded from the 2027 envelope.");
    createProjectAndStartLifecycle(instance);

    assertThat(instance).hasPassedInOrder("pmo-triage", "portfolio-board-review",
        "create-project").isEnded();
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.APPROVED);
    assertThat(decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(requestOf(instance).getKey()))
        .extracting(ReviewDecision::getStage)
        .containsExactly(ReviewStage.PMO_TRIAGE, ReviewStage.PORTFOLIO_BOARD);
  }

  @Test
  void regulatoryRequestTakesTheFastLaneWhateverItsSize() {
    ProcessInstance instance =
        submit("rita", aRequest().regulatory().withBudget(900_000).build());
    execute(job());

    assertThat(instance).isWaitingAt("pmo-triage").variables().containsEntry(ROUTE, "FAST_LANE");
    assertThat(requestOf(instance).getPriorityClass()).isEqualTo("P1");
    assertThat(task().getPriority()).as("P1 goes first in Tasklist").isEqualTo(90);

    decide("pete", Decision.APPROVE, "Legal obligation.");
    createProjectAndStartLifecycle(instance);

    assertThat(instance).hasNotPassed("portfolio-board-review").isEnded();
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.APPROVED);
  }

  @Test
  void invalidRequestWaitsForCorrectionWithMessagesAndStoresNothing() {
    long before = requests.count();
    Map<String, Object> form = RequestFormVariables.of(aRequest()
        .withDates(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1)).build());
    form.put(TITLE, "  ");
    form.put(EFFORT_PERSON_DAYS, "lots");
    ProcessInstance instance = start("rita", form);

    assertThat(instance).isWaitingAt("correct-request").isNotEnded();
    assertThat(task()).isAssignedTo("rita");
    assertThat(requests.count()).isEqualTo(before);
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables).containsEntry(VALID, false)
        .containsEntry(VALIDATION_SUMMARY, "3 fields need correcting.")
        .containsEntry("titleError", "Enter the title.")
        .containsEntry("effortPersonDaysError", "Enter a number, like 120000.")
        .containsEntry("desiredEndError",
            "The desired end must be after the desired start (2027-06-01).")
        .containsEntry(SPONSOR, "Sam Sponsor");

    identity.setAuthentication("rita", List.of(PmoGroups.REQUESTER));
    tasks.complete(task().getId(), Map.of(TITLE, "Replace the expense tool",
        EFFORT_PERSON_DAYS, 60, DESIRED_END, "2027-09-30"));
    identity.clearAuthentication();

    assertThat(instance).hasPassedInOrder("correct-request", "validate-request")
        .isWaitingAt("score-request");
    assertThat(requests.count()).isEqualTo(before + 1);
    assertThat(requestOf(instance).getDesiredEnd()).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry(VALID, true)
        .doesNotContainKeys("titleError", "desiredEndError", VALIDATION_SUMMARY, TITLE);
  }

  @Test
  void moreInformationGoesBackToTheRequesterAndIsScoredAgain() {
    ProcessInstance instance = submit("rita", aRequest().build());
    execute(job());
    Integer firstScore = requestOf(instance).getScore();

    decide("pete", Decision.MORE_INFO, "What does the current tool cost per year?");

    assertThat(instance).isWaitingAt("provide-information");
    assertThat(task()).isAssignedTo("rita");
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.MORE_INFORMATION);
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry(INFORMATION_REQUESTED, "What does the current tool cost per year?")
        .containsEntry(TITLE, "Replace the expense tool")
        .containsEntry(BUSINESS_VALUE, 4);

    identity.setAuthentication("rita", List.of(PmoGroups.REQUESTER));
    tasks.complete(task().getId(), Map.of(INFORMATION_PROVIDED, "120,000 a year in licences.",
        BUSINESS_VALUE, 5, TIME_CRITICALITY, 5));
    identity.clearAuthentication();

    assertThat(instance).isWaitingAt("score-request");
    assertThat(runtime.getVariables(instance.getId()))
        .doesNotContainKeys(TITLE, INFORMATION_REQUESTED, INFORMATION_PROVIDED);
    execute(job());

    assertThat(instance).isWaitingAt("pmo-triage");
    ProjectRequest request = requestOf(instance);
    assertThat(request.getInformationProvided()).isEqualTo("120,000 a year in licences.");
    assertThat(request.getBusinessValue()).isEqualTo(5);
    assertThat(request.getScore()).isGreaterThan(firstScore);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
  }

  @Test
  void invalidInformationIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = submit("rita", aRequest().build());
    execute(job());
    decide("pete", Decision.MORE_INFO, "Which team runs it?");
    String taskId = task().getId();

    identity.setAuthentication("rita", List.of(PmoGroups.REQUESTER));
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of(REQUESTED_BUDGET, -5)))
        .hasMessageContaining("The budget can't be negative")
        .hasMessageContaining("Answer the reviewer's question");
    identity.clearAuthentication();

    assertThat(instance).isWaitingAt("provide-information");
    assertThat(requestOf(instance).getRequestedBudget()).isEqualByComparingTo("80000");
  }

  @Test
  void rejectedRequestKeepsItsDecisionAndReason() {
    ProcessInstance instance = submit("rita", aRequest().build());
    execute(job());

    decide("pete", Decision.REJECT, "Duplicates the ERP upgrade.");

    assertThat(instance).hasPassed("request-rejected").isEnded();
    ProjectRequest request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.REJECTED);
    assertThat(request.getDecisionReason()).isEqualTo("Duplicates the ERP upgrade.");
    assertThat(request.getDecidedBy()).isEqualTo("pete");
    assertThat(request.getProjectKey()).isNull();
  }

  // flows: after-triage/triage-to-board, after-board/board-rejected
  @Test
  void boardRejectionEndsTheRequestWithItsReasonAndCreatesNoProject() {
    ProcessInstance instance = submit("rita", aRequest().withBudget(400_000).build());
    execute(job());
    decide("pete", Decision.APPROVE, "Worth a board slot.");
    assertThat(instance).isWaitingAt("portfolio-board-review");

    decide("bea", Decision.REJECT, "Overlaps the ERP programme.");

    assertThat(instance).hasPassedInOrder("pmo-triage", "portfolio-board-review",
        "request-rejected").hasNotPassed("create-project", "provide-information").isEnded();
    assertThat(endedVariable(instance, NEXT_STEP)).isEqualTo("REJECTED");
    String key = requestOf(instance).getKey();
    assertClosed(instance, RequestStatus.REJECTED, "Overlaps the ERP programme.");
    assertThat(requestOf(instance).getDecidedBy()).isEqualTo("bea");
    assertThat(decisionsOf(key)).containsExactly(
        tuple(ReviewStage.PMO_TRIAGE, Decision.APPROVE, "pete", "Worth a board slot."),
        tuple(ReviewStage.PORTFOLIO_BOARD, Decision.REJECT, "bea", "Overlaps the ERP programme."));
    assertThat(decidedMails(key)).containsExactly(
        tuple("rita@test.example", key + " rejected: Replace the expense tool"));
    assertThat(outbox(key)).contains(tuple("review-task", "bea@test.example"));
  }

  // flows: after-triage/triage-to-board, after-board/board-deferred
  @Test
  void boardDeferralSendsTheRequestToTheBacklogWithItsReasonAndCreatesNoProject() {
    ProcessInstance instance = submit("rita", aRequest().withBudget(400_000).build());
    execute(job());
    decide("pete", Decision.APPROVE, "Good case.");

    decide("bea", Decision.DEFER, "No capacity before Q3.");

    assertThat(instance).hasPassedInOrder("pmo-triage", "portfolio-board-review",
        "request-deferred").hasNotPassed("create-project", "request-rejected").isEnded();
    assertThat(endedVariable(instance, NEXT_STEP)).isEqualTo("DEFERRED");
    String key = requestOf(instance).getKey();
    assertClosed(instance, RequestStatus.DEFERRED, "No capacity before Q3.");
    assertThat(requestOf(instance).getDecidedBy()).isEqualTo("bea");
    assertThat(decisionsOf(key)).containsExactly(
        tuple(ReviewStage.PMO_TRIAGE, Decision.APPROVE, "pete", "Good case."),
        tuple(ReviewStage.PORTFOLIO_BOARD, Decision.DEFER, "bea", "No capacity before Q3."));
    assertThat(decidedMails(key)).containsExactly(
        tuple("rita@test.example", key + " deferred to the backlog: Replace the expense tool"));
  }

  // flow: after-board/board-more-information, then back through scoring to triage
  @Test
  void boardAskingForMoreInformationReturnsTheRequestToTheRequesterThenToTriage() {
    ProcessInstance instance = submit("rita", aRequest().withBudget(400_000).build());
    execute(job());
    decide("pete", Decision.APPROVE, "Worth a board slot.");

    decide("bea", Decision.MORE_INFO, "Which teams share the licences?");

    assertThat(instance).hasPassed("portfolio-board-review")
        .hasNotPassed("create-project", "request-rejected", "request-deferred")
        .isWaitingAt("provide-information");
    assertThat(task()).isAssignedTo("rita");
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry(NEXT_STEP, "MORE_INFORMATION")
        .containsEntry(INFORMATION_REQUESTED, "Which teams share the licences?");
    ProjectRequest request = requestOf(instance);
    String key = request.getKey();
    assertThat(request.getStatus()).isEqualTo(RequestStatus.MORE_INFORMATION);
    assertThat(request.getInformationRequested()).isEqualTo("Which teams share the licences?");
    assertThat(request.getDecidedBy()).isEqualTo("bea");
    assertThat(request.getProjectKey()).isNull();
    assertThat(decisionsOf(key)).containsExactly(
        tuple(ReviewStage.PMO_TRIAGE, Decision.APPROVE, "pete", "Worth a board slot."),
        tuple(ReviewStage.PORTFOLIO_BOARD, Decision.MORE_INFO, "bea",
            "Which teams share the licences?"));
    assertThat(decidedMails(key)).containsExactly(tuple("rita@test.example",
        key + " returned for more information: Replace the expense tool"));

    identity.setAuthentication("rita", List.of(PmoGroups.REQUESTER));
    tasks.complete(task().getId(), Map.of(INFORMATION_PROVIDED, "Finance and HR."));
    identity.clearAuthentication();
    assertThat(instance).isWaitingAt("score-request");
    execute(job());

    assertThat(instance).isWaitingAt("pmo-triage").variables().containsEntry(ROUTE, "BOARD");
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
    assertThat(requestOf(instance).getInformationProvided()).isEqualTo("Finance and HR.");
    assertThat(projects.findByRequestKey(key)).isEmpty();
  }

  // flow: after-triage/triage-deferred
  @Test
  void triageDeferralSendsASmallRequestToTheBacklogWithoutTheBoard() {
    ProcessInstance instance = submit("rita", aRequest().build());
    execute(job());

    decide("pete", Decision.DEFER, "Wait for the new finance system.");

    assertThat(instance).hasPassedInOrder("pmo-triage", "request-deferred")
        .hasNotPassed("portfolio-board-review", "create-project").isEnded();
    assertThat(endedVariable(instance, NEXT_STEP)).isEqualTo("DEFERRED");
    String key = requestOf(instance).getKey();
    assertClosed(instance, RequestStatus.DEFERRED, "Wait for the new finance system.");
    assertThat(requestOf(instance).getDecidedBy()).isEqualTo("pete");
    assertThat(decisionsOf(key)).containsExactly(tuple(ReviewStage.PMO_TRIAGE, Decision.DEFER,
        "pete", "Wait for the new finance system."));
    assertThat(decidedMails(key)).containsExactly(
        tuple("rita@test.example", key + " deferred to the backlog: Replace the expense tool"));
  }

  @Test
  void submitterCannotApproveTheirOwnRequest() {
    ProcessInstance instance = submit("pete", aRequest().build());
    execute(job());
    String taskId = task().getId();

    assertThatThrownBy(() -> decide("pete", Decision.APPROVE, "Looks great to me."))
        .hasMessageContaining("someone else must approve it (four-eyes rule)");

    assertThat(instance).isWaitingAt("pmo-triage");
    assertThat(task().getId()).isEqualTo(taskId);
    assertThat(decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(requestOf(instance).getKey()))
        .isEmpty();

    decide("paul", Decision.APPROVE, "Checked by a second reviewer.");
    createProjectAndStartLifecycle(instance);
    assertThat(instance).isEnded();
  }

  @Test
  void requesterAndReviewersGetTheirMailsExactlyOnce() throws Exception {
    ProcessInstance instance = submit("rita", aRequest().withTitle("Mail check").build());
    execute(job());
    String key = requestOf(instance).getKey();

    assertThat(outbox(key)).contains(
        tuple("request-submitted", "rita@test.example"),
        tuple("review-task", "pete@test.example"),
        tuple("review-task", "paul@test.example"));
    assertThat(bodyOf(key, "request-submitted")).as("the requester learns the new key")
        .contains("Your project request " + key + " \"Mail check\" has been received",
            "Next step:      PMO triage only", "See your requests: http://localhost:8080/requests");
    assertThat(bodyOf(key, "review-task")).contains("Due:            2 Dec 2026",
        "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task().getId());
    decide("pete", Decision.REJECT, "Out of scope this year.");
    assertThat(outbox(key)).contains(tuple("request-decided", "rita@test.example"));

    // rows left by earlier test classes share the outbox: send until nothing is due
    while (sender.sendDue() > 0) {
      // the next batch
    }

    List<MimeMessage> toRita = Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipientIs(m, "rita@test.example"))
        .filter(m -> subjectOf(m).contains(key))
        .toList();
    assertThat(toRita).hasSize(2);
    assertThat(GreenMailUtil.getBody(toRita.get(0)) + GreenMailUtil.getBody(toRita.get(1)))
        .contains(requestOf(instance).getExplanation().substring(0, 20))
        .contains("Out of scope this year.");
  }

  @Test
  void startingPastTheReviewsCreatesNoProject() {
    ProcessInstance own = submit("rita", aRequest().build());
    execute(job());
    String key = requestOf(own).getKey();

    identity.setAuthentication("rita", List.of(PmoGroups.REQUESTER));
    try {
      assertThatThrownBy(() -> runtime.createProcessInstanceByKey(PROCESS_ID)
          .startBeforeActivity("create-project")
          .setVariable(REQUEST_KEY, key).setVariable(SUBMITTED_BY, "rita")
          .execute())
          .isInstanceOf(ForbiddenException.class)
          .hasMessageContaining("starts at its start event");
    } finally {
      identity.clearAuthentication();
    }

    assertThat(requestOf(own).getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
    assertThat(projects.findByRequestKey(key)).isEmpty();
  }

  @Test
  void overdueReviewRemindsAfterThreeWorkingDaysAndEscalatesAfterFive() {
    ProcessInstance instance = submit("rita", aRequest().build());
    execute(job());

    Job reminder = timer(instance, "triage-reminder-due");
    Job escalation = timer(instance, "triage-escalation-due");
    // Friday 10:00 + 3 working days = Wednesday; + 5 = the next Friday
    assertThat(reminder.getDuedate().toInstant()).isEqualTo("2026-12-02T10:00:00Z");
    assertThat(escalation.getDuedate().toInstant()).isEqualTo("2026-12-04T10:00:00Z");

    execute(reminder);
    assertThat(instance).hasPassed("remind-triage").isWaitingAt("pmo-triage");
    assertThat(tasks.getIdentityLinksForTask(task().getId()))
        .noneMatch(link -> "lena".equals(link.getUserId()));

    execute(escalation);
    assertThat(instance).hasPassed("escalate-triage").isWaitingAt("pmo-triage");
    assertThat(task()).hasCandidateUser("lena");
  }

  // --- helpers

  private String bodyOf(String requestKey, String template) {
    return jdbc.queryForList("select text_body from notification_outbox where template = ?"
        + " and dedup_key like ?", String.class, template, requestKey + ":%").get(0);
  }

  /** The request ended with this status and reason, and no project was made of it. */
  private void assertClosed(ProcessInstance instance, RequestStatus status, String reason) {
    ProjectRequest request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(status);
    assertThat(request.getDecisionReason()).isEqualTo(reason);
    assertThat(request.getProjectKey()).isNull();
    assertThat(projects.findByRequestKey(request.getKey())).isEmpty();
  }

  private List<org.assertj.core.groups.Tuple> decisionsOf(String requestKey) {
    return decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(requestKey).stream()
        .map(d -> tuple(d.getStage(), d.getDecision(), d.getDecidedBy(), d.getReason()))
        .toList();
  }

  /** The requester's decision mails: recipient and subject. */
  private List<org.assertj.core.groups.Tuple> decidedMails(String requestKey) {
    return jdbc.query("select recipient, subject from notification_outbox"
            + " where template = 'request-decided' and dedup_key like ? order by id",
        (rs, i) -> tuple(rs.getString(1), rs.getString(2)), requestKey + ":%");
  }

  private Object endedVariable(ProcessInstance instance, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private ProcessInstance submit(String userId, RequestForm form) {
    return start(userId, RequestFormVariables.of(form));
  }

  private ProcessInstance start(String userId, Map<String, Object> variables) {
    identity.setAuthentication(userId, List.of(PmoGroups.REQUESTER));
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceByKey(PROCESS_ID, new HashMap<>(variables));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(instance).isStarted();
    return instance;
  }

  private void decide(String userId, Decision decision, String reason) {
    Task review = task();
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list()
        .stream().map(g -> g.getId()).toList());
    try {
      tasks.complete(review.getId(), Map.of(DECISION, decision.name(), DECISION_REASON, reason));
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<org.assertj.core.groups.Tuple> outbox(String requestKey) {
    return jdbc.query("select template, recipient from notification_outbox where dedup_key like ?",
        (rs, i) -> tuple(rs.getString(1), rs.getString(2)), requestKey + ":%");
  }

  private static boolean recipientIs(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a instanceof jakarta.mail.internet.InternetAddress ia && ia.getAddress().equals(address));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ProjectRequest requestOf(ProcessInstance instance) {
    return requests.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  /** Runs the approval's jobs: create the project, then start its lifecycle. */
  private void createProjectAndStartLifecycle(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("create-project");
    execute(job());
    assertThat(instance).isWaitingAt("start-lifecycle");
    execute(job());
    String projectKey = requestOf(instance).getProjectKey();
    assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(org.pmoengine.lifecycle.LifecycleVariables.PROCESS_ID)
        .processInstanceBusinessKey(projectKey).count()).isEqualTo(1);
  }
}
