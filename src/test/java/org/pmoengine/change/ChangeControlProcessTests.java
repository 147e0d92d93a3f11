package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.pmoengine.change.ChangeVariables.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.BudgetLine;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.lifecycle.LifecycleVariables;
import org.pmoengine.plans.PlanKind;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.project.Stage;
import org.pmoengine.scoring.DecisionRecordRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.pmoengine.web.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks change-control on the real engine, rules and database, on the hand-checked plan of
 * {@link ImpactAnalysisTests} (go-live on 25 January 2027, 18 planned working days on a budget of
 * 100,000).
 */
@SpringBootTest
class ChangeControlProcessTests {

  static final String PM = "cc-pm";
  static final String MEMBER = "cc-member";
  static final String BOARD = "cc-board";
  static final String BOARD_2 = "cc-board-2";
  static final String GATE = "cc-gate";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PlanService plans;
  @Autowired ChangeRequestRepository changes;
  @Autowired ChangeDecisionRepository decisions;
  @Autowired DecisionRecordRepository ruleDecisions;
  @Autowired BudgetRegisters budgets;
  @Autowired JdbcTemplate jdbc;

  ChangeTestProjects testProjects;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "cc-sponsor", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, MEMBER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, BOARD, PmoGroups.REQUESTER, PmoGroups.CHANGE_BOARD);
    TestUsers.ensure(identity, BOARD_2, PmoGroups.REQUESTER, PmoGroups.CHANGE_BOARD);
    TestUsers.ensure(identity, GATE, PmoGroups.REQUESTER, PmoGroups.GATE_BOARD);
    testProjects = new ChangeTestProjects(jdbc, projects, plans, team);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void aMinorChangeGoesToTheProjectManagerAndBecomesANewPlanVersionWithoutABaseline() {
    Project project = testProjects.inPlanning(PM, MEMBER);
    ProcessInstance instance = raise(project, MEMBER, "move live 2027-01-26", null);
    assertThat(instance).isWaitingAt("analyse-impact");
    ChangeRequest raised = changeOf(instance);
    assertThat(raised.getStatus()).isEqualTo(ChangeStatus.RAISED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey()).isEqualTo(project.getKey());

    analyse(instance);

    assertThat(instance).isWaitingAt("approve-change-pm");
    assertThat(onlyTask(instance).getAssignee()).isEqualTo(PM);
    ChangeRequest change = changeOf(instance);
    assertThat(onlyTask(instance).getName()).isEqualTo("Approve minor change: "
        + change.getKey() + " " + project.getKey() + " " + project.getName());
    assertThat(change.getStatus()).isEqualTo(ChangeStatus.ANALYSED);
    assertThat(change.getChangeClass()).isEqualTo(ChangeClass.MINOR);
    assertThat(change.getFinishBefore()).isEqualTo(LocalDate.of(2027, 1, 25));
    assertThat(change.getFinishAfter()).isEqualTo(LocalDate.of(2027, 1, 26));
    assertThat(change.getSlipDays()).isEqualTo(1);
    assertThat(change.getPlanVersion()).isEqualTo(1);
    assertThat(ruleDecisions.findById(change.getClassificationId()).orElseThrow().getDecisionArea())
        .isEqualTo(ChangeRules.DECISION_AREA);
    Map<String, Object> form = tasks.getVariablesLocal(onlyTask(instance).getId());
    assertThat((String) form.get(IMPACT_SUMMARY))
        .contains("Forecast finish 2027-01-25 → 2027-01-26 (1 working days)");
    assertThat(form.get(GANTT_AFTER + "Url")).isEqualTo("/camunda/api/engine/engine/default/task/"
        + onlyTask(instance).getId() + "/variables/ganttAfter/data");
    FileValue chart = tasks.getVariableLocalTyped(onlyTask(instance).getId(), GANTT_AFTER);
    assertThat(chart.getMimeType()).isEqualTo("image/svg+xml");
    assertThat(chart.getValue()).asString(StandardCharsets.UTF_8).startsWith("<svg")
        .contains("after the change, finish 2027-01-26");
    assertThat(mailedTo(change, "change-approval-due")).containsExactly(PM + "@test.example");

    decide(PM, instance, "APPROVE", "One day is fine.");
    runJobs(instance);

    assertThat(instance).hasPassedInOrder("check-plan", "apply-change", "notify-outcome",
        "change-closed").isEnded();
    ChangeRequest applied = changes.findByKey(change.getKey()).orElseThrow();
    assertThat(applied.getStatus()).isEqualTo(ChangeStatus.APPLIED);
    assertThat(applied.getAppliedPlanVersion()).isEqualTo(2);
    assertThat(applied.getBaselineVersion()).isNull();
    PlanView latest = plans.latest(project.getKey());
    assertThat(latest.finishDate()).isEqualTo(LocalDate.of(2027, 1, 26));
    assertThat(latest.reason()).startsWith(change.getKey() + " approved by " + PM);
    assertThat(plans.latestBaseline(project.getKey())).isEmpty();
    assertThat(mailedTo(change, "change-decided"))
        .containsExactlyInAnyOrder(MEMBER + "@test.example", PM + "@test.example");
  }

  @Test
  void aMajorChangeGoesToTheChangeBoardAndReBaselinesThePlanWithTheReason() {
    Project project = testProjects.inExecution(PM, MEMBER);
    ProcessInstance instance = raise(project, MEMBER, "add test 2 after build before live", null);
    analyse(instance);

    assertThat(instance).isWaitingAt("approve-change-board");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroup(PmoGroups.CHANGE_BOARD).count()).isEqualTo(1);
    ChangeRequest change = changeOf(instance);
    assertThat(change.getChangeClass()).isEqualTo(ChangeClass.MAJOR);
    assertThat(runtime.getVariables(instance.getId())).containsEntry(CHANGE_CLASS, "MAJOR")
        .containsEntry(APPROVER, "CHANGE_BOARD").containsEntry(PROJECT_MANAGER, PM);
    assertThat(change.isBaselineMilestoneMoved()).isTrue();
    // 2 more working days of 18: 11,111.11 of the budget of 100,000, go-live 2 days later
    assertThat(change.getCostChange()).isEqualByComparingTo("11111.11");
    assertThat(mailedTo(change, "change-approval-due"))
        .contains(BOARD + "@test.example", BOARD_2 + "@test.example");

    decide(BOARD, instance, "APPROVE", "Testing was forgotten.");
    runJobs(instance);

    ChangeRequest applied = changes.findByKey(change.getKey()).orElseThrow();
    assertThat(applied.getStatus()).isEqualTo(ChangeStatus.APPLIED);
    assertThat(applied.getAppliedPlanVersion()).isEqualTo(3);
    assertThat(applied.getBaselineVersion()).isEqualTo(4);
    PlanView baseline = plans.latestBaseline(project.getKey()).orElseThrow();
    assertThat(baseline.version()).isEqualTo(4);
    assertThat(baseline.kind()).isEqualTo(PlanKind.BASELINE);
    assertThat(baseline.reason()).isEqualTo("Re-baselined by " + change.getKey()
        + " (MAJOR): We need a test phase before go-live.");
    assertThat(baseline.finishDate()).isEqualTo(LocalDate.of(2027, 1, 27));
  }

  @Test
  void aCriticalChangeGoesToTheGateBoardAndReBaselines() {
    Project project = testProjects.inExecution(PM, MEMBER);
    ProcessInstance instance = raise(project, MEMBER, "reestimate build 40", null);
    analyse(instance);

    assertThat(instance).isWaitingAt("approve-change-gate-board");
    ChangeRequest change = changeOf(instance);
    assertThat(change.getChangeClass()).isEqualTo(ChangeClass.CRITICAL);
    assertThat(change.getSlipDays()).isEqualTo(30);
    assertThat(change.getApprover()).isEqualTo(PmoGroups.GATE_BOARD);

    decide(GATE, instance, "APPROVE", "The vendor is late; no way around it.");
    runJobs(instance);

    ChangeRequest applied = changes.findByKey(change.getKey()).orElseThrow();
    assertThat(applied.getStatus()).isEqualTo(ChangeStatus.APPLIED);
    assertThat(applied.getBaselineVersion()).isNotNull();
    assertThat(plans.latestBaseline(project.getKey()).orElseThrow().reason())
        .startsWith("Re-baselined by " + change.getKey() + " (CRITICAL)");
  }

  @Test
  void budgetAboveTheThresholdGoesToTheGateBoardAndRaisesTheProjectBudget() {
    // 60,000 is 6 % of a budget of 1,000,000: major, but over the 50,000 the gate board approves
    Project project = testProjects.inExecution(PM, MEMBER);
    jdbc.update("update project set budget = 1000000 where project_key = ?", project.getKey());
    ProcessInstance instance = raise(project, MEMBER, "", 60000.0);
    analyse(instance);

    assertThat(instance).isWaitingAt("approve-change-gate-board");
    ChangeRequest change = changeOf(instance);
    assertThat(change.getChangeClass()).isEqualTo(ChangeClass.MAJOR);
    assertThat(change.getEacAfter()).isEqualByComparingTo("1060000");

    decide(GATE, instance, "APPROVE", "The licence is needed.");
    runJobs(instance);

    assertThat(changes.findByKey(change.getKey()).orElseThrow().getStatus())
        .isEqualTo(ChangeStatus.APPLIED);
    assertThat(budgets.lines(project.getKey())).extracting(BudgetLine::getCode,
            l -> l.getAmount().intValue())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(change.getKey(), 60000));
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getBudget())
        .isEqualByComparingTo("1060000");
  }

  @Test
  void aRejectedChangeStaysOnRecordAndLeavesThePlanAlone() {
    Project project = testProjects.inPlanning(PM, MEMBER);
    ProcessInstance instance = raise(project, MEMBER, "move live 2027-01-26", null);
    analyse(instance);

    decide(PM, instance, "REJECT", "Go-live date is promised to the customer.");

    assertThat(instance).hasPassed("notify-outcome").hasNotPassed("check-plan", "apply-change")
        .isEnded();
    ChangeRequest change = changeOf(instance);
    assertThat(change.getStatus()).isEqualTo(ChangeStatus.REJECTED);
    assertThat(change.getDecidedBy()).isEqualTo(PM);
    assertThat(change.getDecisionReason()).isEqualTo("Go-live date is promised to the customer.");
    assertThat(plans.history(project.getKey())).hasSize(1);
    assertThat(mailedTo(change, "change-decided")).contains(MEMBER + "@test.example");
  }

  @Test
  void theRequesterWithdrawsAChangeWhileItWaitsForApproval() {
    Project project = testProjects.inPlanning(PM, MEMBER);
    ProcessInstance instance = raise(project, MEMBER, "move live 2027-01-26", null);
    analyse(instance);

    runtime.createMessageCorrelation(WITHDRAW_MESSAGE).processInstanceId(instance.getId())
        .setVariable(WITHDRAWN_BY, MEMBER).correlate();

    assertThat(instance).hasPassed("withdrawn", "record-withdrawal", "notify-outcome")
        .hasNotPassed("apply-change").isEnded();
    ChangeRequest change = changeOf(instance);
    assertThat(change.getStatus()).isEqualTo(ChangeStatus.WITHDRAWN);
    assertThat(change.getDecidedBy()).isEqualTo(MEMBER);
    assertThat(plans.history(project.getKey())).hasSize(1);
  }

  @Test
  void theRequesterCannotApproveTheirOwnChangeEvenAsABoardMember() {
    Project project = testProjects.inExecution(PM, BOARD);
    ProcessInstance instance = raise(project, BOARD, "add test 2 after build before live", null);
    analyse(instance);
    assertThat(instance).isWaitingAt("approve-change-board");

    assertThatThrownBy(() -> decide(BOARD, instance, "APPROVE", "Looks good to me."))
        .hasRootCauseInstanceOf(ForbiddenException.class)
        .rootCause().hasMessageContaining("four-eyes");

    assertThat(instance).isWaitingAt("approve-change-board");
    assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.ANALYSED);
    assertThat(decisions.findByChangeKeyOrderByDecidedAtAscIdAsc(changeOf(instance).getKey()))
        .isEmpty();
    decide(BOARD_2, instance, "APPROVE", "Testing was forgotten.");
    runJobs(instance);
    assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.APPLIED);
  }

  @Test
  void onlyTheApproverTheClassNamesDecidesEvenWhenTheTaskIsHandedToSomeoneElse() {
    Project project = testProjects.inPlanning(PM, MEMBER);
    ProcessInstance instance = raise(project, MEMBER, "move live 2027-01-26", null);
    analyse(instance);
    assertThat(instance).isWaitingAt("approve-change-pm");
    identity.setAuthentication(PM, groupsOf(PM));
    tasks.setAssignee(onlyTask(instance).getId(), GATE);
    identity.clearAuthentication();

    assertThatThrownBy(() -> decide(GATE, instance, "APPROVE", "Handed to me, so approved."))
        .hasRootCauseInstanceOf(ForbiddenException.class)
        .rootCause().hasMessage("Only " + PM + " decides " + changeOf(instance).getKey() + ".");

    assertThat(instance).isWaitingAt("approve-change-pm");
    assertThat(changeOf(instance).getStatus()).isEqualTo(ChangeStatus.ANALYSED);
    assertThat(changeOf(instance).getDecidedBy()).isNull();
  }

  @Test
  void aMinorChangeTheProjectManagerRaisesGoesToTheChangeBoard() {
    Project project = testProjects.inPlanning(PM);
    ProcessInstance instance = raise(project, PM, "move live 2027-01-26", null);
    analyse(instance);

    assertThat(instance).isWaitingAt("approve-change-board");
    assertThat(changeOf(instance).getChangeClass()).isEqualTo(ChangeClass.MINOR);
  }

  @Test
  void aChangeApprovedAfterAnotherWasAppliedIsAnalysedAgainstTheNewPlanNotAppliedBlindly() {
    Project project = testProjects.inPlanning(PM, MEMBER);
    ProcessInstance first = raise(project, MEMBER, "move live 2027-01-26", null);
    ProcessInstance second = raise(project, MEMBER, "move docs 2027-01-21", null);
    analyse(first);
    analyse(second);
    assertThat(changeOf(first).getPlanVersion()).isEqualTo(1);
    assertThat(changeOf(second).getPlanVersion()).isEqualTo(1);
    // docs on days 13..15 against version 1: go-live moves from day 15 to day 16
    assertThat(changeOf(second).getSlipDays()).isEqualTo(1);

    decide(PM, first, "APPROVE", "One day is fine.");
    runJobs(first);
    assertThat(changeOf(first).getAppliedPlanVersion()).isEqualTo(2);

    decide(PM, second, "APPROVE", "Docs need more time.");
    runJobs(second);

    assertThat(second).hasPassed("check-plan").hasNotPassed("apply-change")
        .isWaitingAt("approve-change-pm");
    ChangeRequest reanalysed = changeOf(second);
    assertThat(reanalysed.getStatus()).isEqualTo(ChangeStatus.ANALYSED);
    assertThat(reanalysed.getPlanVersion()).isEqualTo(2);
    assertThat(reanalysed.getAnalysisCount()).isEqualTo(2);
    // against version 2 go-live is already on day 16: docs moves nothing
    assertThat(reanalysed.getSlipDays()).isZero();
    assertThat(reanalysed.getDecision()).isNull();
    assertThat(decisions.findByChangeKeyOrderByDecidedAtAscIdAsc(reanalysed.getKey()))
        .extracting(ChangeDecision::getDecision, ChangeDecision::getPlanVersion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("APPROVE", 1));
    assertThat(plans.history(project.getKey())).hasSize(2);

    decide(PM, second, "APPROVE", "Still fine.");
    runJobs(second);
    assertThat(changeOf(second).getStatus()).isEqualTo(ChangeStatus.APPLIED);
    assertThat(changeOf(second).getAppliedPlanVersion()).isEqualTo(3);
  }

  @Test
  void aChangeWhosePlanLostTheActivityItNamesNoLongerApplies() {
    Project project = testProjects.inExecution(PM, MEMBER);
    ProcessInstance removal = raise(project, MEMBER, "remove docs", null);
    ProcessInstance longer = raise(project, MEMBER, "reestimate docs 4", null);
    analyse(removal);
    analyse(longer);
    decide(BOARD, removal, "APPROVE", "Docs are out of scope.");
    runJobs(removal);

    decide(BOARD_2, longer, "APPROVE", "Small.");
    runJobs(longer);

    assertThat(longer).hasPassed("check-plan", "notify-outcome").hasNotPassed("apply-change")
        .isEnded();
    ChangeRequest change = changeOf(longer);
    assertThat(change.getStatus()).isEqualTo(ChangeStatus.NOT_APPLICABLE);
    assertThat(change.getDecisionReason()).contains("the plan has no activity docs");
  }

  @Test
  void invalidInputWaitsForCorrectionAndStoresNothing() {
    Project project = testProjects.inPlanning(PM, MEMBER);
    long before = changes.count();
    ProcessInstance instance = raise(project, MEMBER, "reestimate ghost 4\nstretch build", null,
        " ");

    assertThat(instance).isWaitingAt("correct-change");
    assertThat(onlyTask(instance).getAssignee()).isEqualTo(MEMBER);
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat((String) variables.get(CHANGES + ERROR_SUFFIX))
        .contains("Line 2 (\"stretch build\") can't be read");
    assertThat(variables).containsEntry(JUSTIFICATION + ERROR_SUFFIX,
        "Say why the change is needed.");
    assertThat(changes.count()).isEqualTo(before);

    identity.setAuthentication(MEMBER, List.of(PmoGroups.REQUESTER));
    tasks.complete(onlyTask(instance).getId(), Map.of(JUSTIFICATION, "Docs need more time.",
        CHANGES, "reestimate docs 4"));
    identity.clearAuthentication();

    assertThat(instance).isWaitingAt("analyse-impact");
    assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys(
        CHANGES + ERROR_SUFFIX, JUSTIFICATION, CHANGES).containsKey(CHANGE_KEY);
  }

  @Test
  void theLifecycleRaisesChangesInPlanningOrExecutionOnly() {
    Project project = testProjects.inPlanning(PM, MEMBER);
    ProcessInstance lifecycle = runtime.startProcessInstanceByKey(LifecycleVariables.PROCESS_ID,
        project.getKey(), Map.of(LifecycleVariables.PROJECT_KEY, project.getKey()));
    assertThat(projects.findByKey(project.getKey()).orElseThrow().getStage())
        .isEqualTo(Stage.INITIATION);

    raiseFromLifecycle(project, MEMBER);
    assertThat(changeInstances(project)).isZero();

    Project inExecution = projects.findByKey(project.getKey()).orElseThrow();
    inExecution.enterStage(Stage.EXECUTION);
    projects.save(inExecution);
    raiseFromLifecycle(project, " ");
    assertThat(changeInstances(project)).as("no requester named").isZero();
    raiseFromLifecycle(project, MEMBER);

    assertThat(changeInstances(project)).isEqualTo(1);
    assertThat(lifecycle).isWaitingAt("stage-work");
    ProcessInstance change = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(project.getKey())
        .singleResult();
    assertThat(change).isWaitingAt("analyse-impact");
    assertThat(changeOf(change).getRequestedBy()).isEqualTo(MEMBER);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(lifecycle.getId())
        .variableName(RaiseChangeDelegate.CHANGE_RAISED).list())
        .extracting(HistoricVariableInstance::getValue).containsExactlyInAnyOrder(false, false, true);
  }

  private void raiseFromLifecycle(Project project, String requester) {
    runtime.createMessageCorrelation(RAISE_MESSAGE).processInstanceBusinessKey(project.getKey())
        .setVariablesLocal(Map.of(REQUESTED_BY, requester, JUSTIFICATION, "Docs need more time.",
            CHANGES, "reestimate docs 4"))
        .correlate();
  }

  private long changeInstances(Project project) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(project.getKey()).count();
  }

  private ProcessInstance raise(Project project, String user, String changeLines, Double budget) {
    return raise(project, user, changeLines, budget, justificationFor(changeLines));
  }

  private ProcessInstance raise(Project project, String user, String changeLines, Double budget,
      String justification) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PROJECT_KEY, project.getKey());
    variables.put(JUSTIFICATION, justification);
    variables.put(CHANGES, changeLines);
    variables.put(BUDGET_ASKED, budget);
    identity.setAuthentication(user, groupsOf(user));
    try {
      return runtime.startProcessInstanceByKey(PROCESS_ID, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String justificationFor(String changeLines) {
    return changeLines.startsWith("add test") ? "We need a test phase before go-live."
        : "The plan needs it.";
  }

  private void analyse(ProcessInstance instance) {
    Job job = management.createJobQuery().processInstanceId(instance.getId())
        .activityId("analyse-impact").singleResult();
    management.executeJob(job.getId());
  }

  private void runJobs(ProcessInstance instance) {
    for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
      management.executeJob(job.getId());
    }
  }

  private Job nextJob(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).executable()
        .list().stream().findFirst().orElse(null);
  }

  private void decide(String user, ProcessInstance instance, String decision, String reason) {
    String taskId = onlyTask(instance).getId();
    identity.setAuthentication(user, groupsOf(user));
    try {
      tasks.complete(taskId, Map.of(DECISION, decision, DECISION_REASON, reason));
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
  }

  private Task onlyTask(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private ChangeRequest changeOf(ProcessInstance instance) {
    return changes.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  private List<String> mailedTo(ChangeRequest change, String template) {
    return jdbc.queryForList("select recipient from notification_outbox where template = ?"
        + " and dedup_key like ?", String.class, template, change.getKey() + ":%");
  }
}
