package org.pmoengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.pmoengine.gate.GateDecision;
import org.pmoengine.gate.GateDecisionRepository;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.plans.PlanKind;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Walks the gates of project-lifecycle on the real engine, rules and database. */
@SpringBootTest
class LifecycleProcessTests {

  static final String PM = "lc-pm";
  static final String BOARD = "lc-board";
  static final String G1_DELIVERABLES = "business-case, sponsor-sign-off";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired GateDecisionRepository decisions;
  @Autowired PlanService plans;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.pmoengine.config.PmoProperties pmo;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, BOARD, PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    TestUsers.ensure(identity, "lc-board-2", PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void projectPassesAllFourGatesFreezesTheBaselineAtG2AndEndsByStartingItsPostMortem() {
    Project project = aProjectWithPlan();
    ProcessInstance instance = start(project);
    assertThat(instance).isWaitingAt("stage-work");
    assertThat(task()).isAssignedTo(PM);
    assertThat(task().getName())
        .isEqualTo("Stage work (Initiation): " + project.getKey() + " " + project.getName());
    assertThat(task().getDueDate()).as("stage work has no deadline").isNull();
    assertThat(task().getPriority()).isEqualTo(50);
    assertThat(tasks.getVariablesLocal(task().getId()))
        .containsEntry(REQUIRED_DELIVERABLES, "Business case, Sponsor sign-off")
        .containsEntry(LifecycleTasks.DELIVERABLE_CHOICES,
            "business-case=Business case;sponsor-sign-off=Sponsor sign-off")
        .containsEntry("projectLink", "http://localhost:8080/projects/" + project.getKey())
        .containsEntry("planLink", "http://localhost:8080/projects/" + project.getKey() + "#plan");
    assertThat(outbox(project, "task-assigned")).singleElement().satisfies(mail -> {
      assertThat(mail.get("recipient")).isEqualTo(PM + "@test.example");
      assertThat(mail.get("subject")).isEqualTo(task().getName());
      assertThat((String) mail.get("text_body")).contains(
          "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task().getId(),
          "http://localhost:8080/projects/" + project.getKey());
    });
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getStage())
        .isEqualTo(Stage.INITIATION);

    passGate(instance, "G1", G1_DELIVERABLES);
    assertThat(stageOf(project)).isEqualTo(Stage.PLANNING);
    assertThat(plans.latestBaseline(project.getKey())).isEmpty();

    passGate(instance, "G2", "plan-baseline, budget, risk-register");
    assertThat(instance).hasPassed("freeze-baseline");
    PlanView baseline = plans.latestBaseline(project.getKey()).orElseThrow();
    assertThat(baseline.kind()).isEqualTo(PlanKind.BASELINE);
    assertThat(stageOf(project)).isEqualTo(Stage.EXECUTION);

    passGate(instance, "G3", "test-report, go-live-plan, training");
    assertThat(stageOf(project)).isEqualTo(Stage.CLOSURE);
    passGate(instance, "G4", "acceptance, lessons-learned, handover");

    assertThat(instance).hasPassedInOrder("close-project", "start-post-mortem",
        "lifecycle-ended").hasNotPassed("stop-project").isEnded();
    Project closed = projects.findByKey(project.getKey()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(ProjectStatus.CLOSED);
    assertThat(closed.isPostMortemDue()).isTrue();
    assertThat(postMortemOf(project)).isWaitingAt("compute-metrics");
    assertThat(decisions.findByProjectKeyOrderByDecidedAtAscIdAsc(project.getKey()))
        .extracting(GateDecision::getGate, GateDecision::getDecision, GateDecision::getDecidedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Gate.G1, Recommendation.GO, BOARD),
            org.assertj.core.groups.Tuple.tuple(Gate.G2, Recommendation.GO, BOARD),
            org.assertj.core.groups.Tuple.tuple(Gate.G3, Recommendation.GO, BOARD),
            org.assertj.core.groups.Tuple.tuple(Gate.G4, Recommendation.GO, BOARD));
  }

  @Test
  void weeklyStatusDuringExecutionRecomputesThePlanAndRatesTheHealth() {
    Project project = aProjectWithPlan();
    ProcessInstance instance = start(project);
    execute(timer(instance, "status-due"));
    assertThat(instance).hasPassed("no-status-due").isWaitingAt("stage-work");
    assertThat(tasks.createTaskQuery().taskDefinitionKey("status-report")
        .processInstanceId(instance.getId()).count()).isZero();

    passGate(instance, "G1", G1_DELIVERABLES);
    passGate(instance, "G2", "plan-baseline, budget, risk-register");
    assertThat(stageOf(project)).isEqualTo(Stage.EXECUTION);
    int versions = plans.history(project.getKey()).size();
    execute(timer(instance, "status-due"));

    Task status = tasks.createTaskQuery().taskDefinitionKey("status-report")
        .processInstanceId(instance.getId()).singleResult();
    assertThat(status.getAssignee()).isEqualTo(PM);
    assertThat(status.getName())
        .isEqualTo("Status report: " + project.getKey() + " " + project.getName());
    assertThat(status.getDueDate()).as("due when the reminder fires")
        .isCloseTo(timer(instance, "status-reminder-due").getDuedate(), 60_000);
    assertThat(tasks.createTaskQuery().taskNameLike("%" + project.getKey() + "%")
        .taskDefinitionKey("status-report").singleResult().getId())
        .as("Tasklist's search by name finds it by the key").isEqualTo(status.getId());
    assertThat(outbox(project, "task-assigned")).filteredOn(
        mail -> status.getName().equals(mail.get("subject"))).singleElement()
        .satisfies(mail -> assertThat((String) mail.get("text_body"))
            .contains("#/?task=" + status.getId()));
    assertThat(timer(instance, "status-due")).as("the next week's timer").isNotNull();
    identity.setAuthentication(PM, List.of(PmoGroups.REQUESTER));
    tasks.complete(status.getId(), Map.of(STATUS_SUMMARY, "Design done, build started."));
    identity.clearAuthentication();
    execute(management.createJobQuery().processInstanceId(instance.getId())
        .activityId("recompute-status-plan").singleResult());

    assertThat(instance).hasPassed("rate-health", "status-reported").isWaitingAt("stage-work");
    assertThat(plans.history(project.getKey())).hasSize(versions + 1);
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getHealth()).isEqualTo(Rag.GREEN);
    assertThat(runtime.getVariable(instance.getId(), HEALTH)).isEqualTo("GREEN");
  }

  @Test
  void statusReportLeftUndoneRemindsTheManagerThenTellsThePmo() {
    TestUsers.ensure(identity, "lc-pmo", PmoGroups.REQUESTER, PmoGroups.PMO);
    Project project = aProjectWithPlan();
    ProcessInstance instance = start(project);
    passGate(instance, "G1", G1_DELIVERABLES);
    passGate(instance, "G2", "plan-baseline, budget, risk-register");
    execute(timer(instance, "status-due"));

    execute(timer(instance, "status-reminder-due"));
    assertThat(mailedTo(project, "status-report-overdue")).containsExactly(PM + "@test.example");
    execute(timer(instance, "status-escalation-due"));

    assertThat(instance).hasPassed("remind-status-report", "escalate-status-report");
    assertThat(mailedTo(project, "status-report-overdue")).contains("lc-pmo@test.example");
    assertThat(tasks.createTaskQuery().taskDefinitionKey("status-report")
        .processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  @Test
  void aTickThatIsNoDeliverableOfTheGateIsRefusedByNameAndTheStageStaysOpen() {
    ProcessInstance instance = start(aProjectWithPlan());
    assertThat(instance).isWaitingAt("stage-work");
    String taskId = task().getId();

    identity.setAuthentication(PM, List.of(PmoGroups.REQUESTER));
    try {
      assertThatThrownBy(() -> tasks.complete(taskId,
              Map.of(DELIVERABLES, "[\"business-case\",\"sponsor-signoff\"]")))
          .hasRootCauseInstanceOf(org.pmoengine.web.InvalidInputException.class)
          .satisfies(e -> assertThat(((org.pmoengine.web.InvalidInputException)
              org.assertj.core.util.Throwables.getRootCause(e)).problems())
              .singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(DELIVERABLES);
                assertThat(p.message()).isEqualTo("\"sponsor-signoff\" is not a deliverable of"
                    + " gate G1. Tick among: business case, sponsor sign-off.");
              }));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(instance).isWaitingAt("stage-work");
    assertThat(task().getId()).isEqualTo(taskId);
    submitStage(instance, "[\"business-case\",\"sponsor-sign-off\"]");
    assertThat(runtime.getVariable(instance.getId(), GATE_RECOMMENDATION)).isEqualTo("GO");
  }

  @Test
  void gateWithoutAPlanRecordsANoteInsteadOfFailing() {
    Project project = TestProjects.create(jdbc, projects, PM, "Sam Sponsor");
    ProcessInstance instance = start(project);

    submitStage(instance, G1_DELIVERABLES);

    assertThat(instance).isWaitingAt("gate-review");
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry(PLAN_NOTE, "No plan yet: nothing recomputed at gate G1.")
        .containsEntry(GATE_RECOMMENDATION, "GO")
        .containsEntry(BUDGET_OUTCOME, "WITHIN_TOLERANCE");
  }

  @Test
  void recycleSendsTheStageBackWithTheBoardsComments() {
    ProcessInstance instance = start(aProjectWithPlan());
    submitStage(instance, "business-case");

    assertThat(instance).isWaitingAt("gate-review");
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables).containsEntry(GATE_RECOMMENDATION, "RECYCLE")
        .containsEntry(MISSING_DELIVERABLES, "sponsor-sign-off");
    assertThat((String) variables.get(GATE_REASONS)).contains("sponsor sign-off");

    decide("RECYCLE", null, "Get the sponsor to sign first.");

    assertThat(instance).isWaitingAt("stage-work");
    assertThat(task()).isAssignedTo(PM);
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry(GATE, "G1").containsEntry(BOARD_COMMENTS, "Get the sponsor to sign first.");
  }

  @Test
  void overridingTheRecommendationNeedsAWrittenReason() {
    ProcessInstance instance = start(aProjectWithPlan());
    submitStage(instance, G1_DELIVERABLES);
    String taskId = task().getId();

    assertThatThrownBy(() -> decide("KILL", " ", null))
        .hasMessageContaining("overrideReason")
        .hasMessageContaining("The rules recommend GO");
    assertThatThrownBy(() -> decide("MAYBE", null, null)).hasMessageContaining("gateDecision");

    assertThat(instance).isWaitingAt("gate-review");
    assertThat(task().getId()).isEqualTo(taskId);
  }

  @Test
  void holdWaitsForTheResumeMessageThenReviewsAgain() {
    Project project = aProjectWithPlan();
    ProcessInstance instance = start(project);
    submitStage(instance, G1_DELIVERABLES);

    decide("HOLD", "Wait for the budget round.", null);

    assertThat(instance).isWaitingAt("on-hold");
    Job reviewTimer = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    assertThat(reviewTimer.getDuedate()).isAfter(java.sql.Timestamp.valueOf(
        java.time.LocalDateTime.now().plusDays(13)));

    runtime.createMessageCorrelation(RESUME_MESSAGE)
        .processInstanceBusinessKey(project.getKey()).correlate();

    assertThat(instance).hasPassed("resume-received").isWaitingAt("gate-review");
    assertThat(management.createJobQuery().processInstanceId(instance.getId())
        .activityId("hold-review-due").count()).isZero();
    decide("GO", null, null);
    assertThat(instance).isWaitingAt("stage-work");
    assertThat(runtime.getVariables(instance.getId())).containsEntry(GATE, "G2");
  }

  @Test
  void holdIsReviewedAgainWhenTheReviewTimerIsDue() {
    ProcessInstance instance = start(aProjectWithPlan());
    submitStage(instance, G1_DELIVERABLES);
    decide("HOLD", "Wait for the budget round.", null);

    execute(management.createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult());

    assertThat(instance).hasPassed("hold-review-due").isWaitingAt("gate-review");
  }

  @Test
  void overdueGateReviewRemindsTheBoardThenEscalatesAndStaysOpen() {
    TestUsers.ensure(identity, "lc-pmo", PmoGroups.REQUESTER, PmoGroups.PMO);
    if (pmo.hasPmoLead()) {
      TestUsers.ensure(identity, pmo.pmoLead(), PmoGroups.REQUESTER, PmoGroups.PMO);
    }
    Project project = aProjectWithPlan();
    ProcessInstance instance = start(project);
    submitStage(instance, G1_DELIVERABLES);
    String reviewId = task().getId();

    execute(timer(instance, "gate-review-reminder-due"));
    assertThat(mailedTo(project, "gate-review-overdue")).contains(BOARD + "@test.example");
    execute(timer(instance, "gate-review-escalation-due"));

    assertThat(instance).hasPassed("remind-gate-board", "escalate-gate-review")
        .isWaitingAt("gate-review");
    assertThat(task().getId()).isEqualTo(reviewId);
    assertThat(jdbc.queryForList("select subject from notification_outbox where template = ?"
        + " and dedup_key like ?", String.class, "gate-review-overdue", project.getKey() + ":%"))
        .anyMatch(subject -> subject.startsWith("Reminder: gate G1 review of " + project.getKey()))
        .anyMatch(subject -> subject.startsWith("Escalated: gate G1 review of "));
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  @Test
  void killClosesTheProjectWithoutDeliveryAndStartsItsPostMortem() {
    Project project = aProjectWithPlan();
    ProcessInstance instance = start(project);
    submitStage(instance, G1_DELIVERABLES);

    decide("KILL", "The market moved on.", null);

    assertThat(instance).hasPassedInOrder("stop-project", "start-post-mortem",
        "lifecycle-ended").hasNotPassed("close-project").isEnded();
    Project killed = projects.findByKey(project.getKey()).orElseThrow();
    assertThat(killed.getStatus()).isEqualTo(ProjectStatus.KILLED);
    assertThat(killed.isPostMortemDue()).isTrue();
    assertThat(postMortemOf(project)).isWaitingAt("compute-metrics");
    assertThat(runtime.getVariable(postMortemOf(project).getId(), "outcome")).isEqualTo("KILLED");
    assertThat(decisions.findByProjectKeyOrderByDecidedAtAscIdAsc(project.getKey()))
        .singleElement().satisfies(d -> {
          assertThat(d.getRecommendation()).isEqualTo(Recommendation.GO);
          assertThat(d.getDecision()).isEqualTo(Recommendation.KILL);
          assertThat(d.getReason()).isEqualTo("The market moved on.");
        });
    assertThat(mailedTo(project, "gate-review-due")).contains(BOARD + "@test.example")
        .doesNotContain(PM + "@test.example");
    assertThat(mailedTo(project, "gate-decided")).containsExactly(PM + "@test.example");
    assertThat(jdbc.queryForObject("select subject from notification_outbox where template = ?"
        + " and dedup_key like ?", String.class, "gate-decided", project.getKey() + ":%"))
        .isEqualTo("Gate G1 of " + project.getKey() + ": Kill");
  }

  /** The post-mortem runs as an instance of its own, keyed by the project. */
  private ProcessInstance postMortemOf(Project project) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("post-mortem")
        .processInstanceBusinessKey(project.getKey()).singleResult();
  }

  private List<Map<String, Object>> outbox(Project project, String template) {
    return jdbc.queryForList("select recipient, subject, text_body from notification_outbox"
        + " where template = ? and dedup_key like ? order by id", template,
        project.getKey() + ":%");
  }

  private List<String> mailedTo(Project project, String template) {
    return jdbc.queryForList("select recipient from notification_outbox where template = ?"
        + " and dedup_key like ?", String.class, template, project.getKey() + ":%");
  }

  @Test
  void largeProjectIsReviewedByEveryMemberAndOneKillAmongGoKillsIt() {
    Project project = aProjectWithPlan();
    jdbc.update("update project set budget = 900000 where project_key = ?", project.getKey());
    ProcessInstance instance = start(project);
    submitStage(instance, G1_DELIVERABLES);

    assertThat(instance).isWaitingAt("gate-board-review");
    List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(reviews).hasSizeGreaterThanOrEqualTo(2)
        .extracting(Task::getAssignee).contains(BOARD, "lc-board-2");
    for (Task review : reviews) {
      boolean killer = review.getAssignee().equals("lc-board-2");
      identity.setAuthentication(review.getAssignee(), List.of(PmoGroups.GATE_BOARD));
      Map<String, Object> vote = new HashMap<>();
      vote.put(GATE_DECISION, killer ? "KILL" : "GO");
      vote.put(OVERRIDE_REASON, killer ? "Too risky for this year." : null);
      tasks.complete(review.getId(), vote);
      identity.clearAuthentication();
    }
    runContinuations(instance);

    assertThat(instance).hasPassed("decide-board-vote", "stop-project").isEnded();
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getStatus())
        .isEqualTo(ProjectStatus.KILLED);
    assertThat(decisions.findByProjectKeyOrderByDecidedAtAscIdAsc(project.getKey()))
        .last().satisfies(d -> {
          assertThat(d.getDecision()).isEqualTo(Recommendation.KILL);
          assertThat(d.getDecidedBy()).isEqualTo("gate-board");
        });
  }

  @Test
  void everyMemberVotingAtTheSameMomentIsCountedAndTheCommentsGoBackToTheManager()
      throws Exception {
    Project project = aProjectWithPlan();
    jdbc.update("update project set budget = 900000 where project_key = ?", project.getKey());
    ProcessInstance instance = start(project);
    submitStage(instance, G1_DELIVERABLES);
    assertThat(instance).isWaitingAt("gate-board-review");
    List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(reviews).hasSizeGreaterThanOrEqualTo(2);

    java.util.concurrent.CyclicBarrier together =
        new java.util.concurrent.CyclicBarrier(reviews.size());
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(reviews.size());
    try {
      List<java.util.concurrent.Future<?>> votes = new java.util.ArrayList<>();
      for (Task review : reviews) {
        boolean recycler = review.getAssignee().equals("lc-board-2");
        votes.add(threads.submit(() -> {
          together.await(10, java.util.concurrent.TimeUnit.SECONDS);
          identity.setAuthentication(review.getAssignee(), List.of(PmoGroups.GATE_BOARD));
          try {
            Map<String, Object> vote = new HashMap<>();
            vote.put(GATE_DECISION, recycler ? "RECYCLE" : "GO");
            vote.put(OVERRIDE_REASON, recycler ? "The business case lacks figures." : null);
            vote.put(BOARD_COMMENTS, recycler ? "Add the savings per year." : null);
            tasks.complete(review.getId(), vote);
          } finally {
            identity.clearAuthentication();
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> vote : votes) {
        vote.get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    runContinuations(instance);

    assertThat(instance).hasPassed("decide-board-vote").isWaitingAt("stage-work");
    assertThat(runtime.getVariable(instance.getId(), GATE_DECISION)).isEqualTo("RECYCLE");
    assertThat(runtime.getVariable(instance.getId(), BOARD_COMMENTS))
        .isEqualTo("lc-board-2: Add the savings per year.");
    List<GateDecision> recorded = decisions.findByProjectKeyOrderByDecidedAtAscIdAsc(
        project.getKey());
    assertThat(recorded).hasSize(reviews.size() + 1);
    assertThat(recorded.get(reviews.size()).getReason())
        .startsWith("Decided by every gate-board member, votes ").contains("RECYCLE");
  }

  @Test
  void startingTheLifecycleTwiceForOneProjectStartsItOnce() {
    Project project = aProjectWithPlan();
    ProcessInstance first = start(project);
    new StartLifecycleDelegate().execute(fakeExecutionOf(first));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(project.getKey()).count()).isEqualTo(1);
  }

  // ---- helpers ----

  private org.camunda.bpm.engine.delegate.DelegateExecution fakeExecutionOf(ProcessInstance i) {
    // the lifecycle's own execution has the projectKey and the engine services needed
    return (org.camunda.bpm.engine.delegate.DelegateExecution) java.lang.reflect.Proxy
        .newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {org.camunda.bpm.engine.delegate.DelegateExecution.class},
            (proxy, method, args) -> switch (method.getName()) {
              case "getVariable" -> runtime.getVariable(i.getId(), (String) args[0]);
              case "getProcessEngineServices" -> engine;
              default -> throw new UnsupportedOperationException(method.getName());
            });
  }

  private Project aProjectWithPlan() {
    Project project = TestProjects.create(jdbc, projects, PM, "Sam Sponsor");
    LocalDate start = project.getPlannedStart();
    plans.save(project.getKey(), Plan.of(start, List.of(
            Activity.of("design", "Design", 10), Activity.of("build", "Build", 20)),
        List.of(Dependency.fs("design", "build"))), PM, "First plan");
    return project;
  }

  private ProcessInstance start(Project project) {
    return runtime.startProcessInstanceByKey(PROCESS_ID, project.getKey(),
        Map.of(PROJECT_KEY, project.getKey()));
  }

  private Stage stageOf(Project project) {
    return projects.findByKey(project.getKey()).orElseThrow().getStage();
  }

  /** The project manager submits the stage; the gate re-plans, validates and assesses. */
  private void submitStage(ProcessInstance instance, String deliverables) {
    assertThat(instance).isWaitingAt("stage-work");
    identity.setAuthentication(PM, List.of(PmoGroups.REQUESTER));
    tasks.complete(task().getId(), Map.of(DELIVERABLES, deliverables));
    identity.clearAuthentication();
    assertThat(instance).isWaitingAt("recompute-plan");
    execute(job());
  }

  /** Runs the continuations after the members' review tasks, one after the other. */
  private void runContinuations(ProcessInstance instance) {
    List<Job> continuations = management.createJobQuery().processInstanceId(instance.getId())
        .messages().list();
    assertThat(continuations).isNotEmpty();
    continuations.forEach(continuation -> execute(continuation));
  }

  private void decide(String decision, String overrideReason, String comments) {
    identity.setAuthentication(BOARD, List.of(PmoGroups.GATE_BOARD));
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put(GATE_DECISION, decision);
      variables.put(OVERRIDE_REASON, overrideReason);
      variables.put(BOARD_COMMENTS, comments);
      tasks.complete(task().getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void passGate(ProcessInstance instance, String gate, String deliverables) {
    assertThat(runtime.getVariables(instance.getId())).containsEntry(GATE, gate);
    submitStage(instance, deliverables);
    assertThat(instance).isWaitingAt("gate-review");
    assertThat(task()).hasCandidateGroup(PmoGroups.GATE_BOARD);
    Project project = projects.findByKey(instance.getBusinessKey()).orElseThrow();
    assertThat(task().getName())
        .isEqualTo("Gate review " + gate + ": " + project.getKey() + " " + project.getName());
    assertThat(task().getDueDate()).as("due when the reminder fires")
        .isCloseTo(timer(instance, "gate-review-reminder-due").getDuedate(), 60_000);
    assertThat(tasks.getVariablesLocal(task().getId()))
        .containsEntry("recommendationText", "Go")
        .containsEntry("budgetOutcomeText", "Within tolerance");
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry(GATE_RECOMMENDATION, "GO").containsKey(EARNED_VALUE_SUMMARY)
        .containsEntry(GANTT_LINK, "http://localhost:8080/projects/"
            + runtime.getVariable(instance.getId(), PROJECT_KEY) + "#plan");
    decide("GO", null, null);
  }
}
