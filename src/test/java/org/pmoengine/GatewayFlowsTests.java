package org.pmoengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * Which process test walks each outgoing flow of each gateway that chooses a path. A flow added
 * to a BPMN file without a test here fails the build, and so does an entry whose test is gone.
 * Parallel gateways take every outgoing flow at once, and a gateway with one outgoing flow only
 * joins, so neither chooses anything. Keep an entry only for a test that asserts it passed the
 * flow's target (or waits there).
 */
class GatewayFlowsTests {

  static final String INTAKE = "org.pmoengine.intake.IntakeProcessTests";
  static final String LIFECYCLE = "org.pmoengine.lifecycle.LifecycleProcessTests";
  static final String BUDGET = "org.pmoengine.budget.BudgetValidationProcessTests";
  static final String CHANGE = "org.pmoengine.change.ChangeControlProcessTests";

  /** One flow and the test that walks it. */
  record Walk(String process, String flow, String testClass, String test) {
    String flowId() {
      return process + "/" + flow;
    }
  }

  static final List<Walk> WALKS = List.of(
      // project-intake: request-valid, after-triage, after-board
      new Walk("project-intake", "valid", INTAKE,
          "smallRequestNeedsPmoTriageOnlyAndBecomesAProject"),
      new Walk("project-intake", "invalid", INTAKE,
          "invalidRequestWaitsForCorrectionWithMessagesAndStoresNothing"),
      new Walk("project-intake", "triage-approved", INTAKE,
          "smallRequestNeedsPmoTriageOnlyAndBecomesAProject"),
      new Walk("project-intake", "triage-to-board", INTAKE,
          "largeRequestGoesFromTriageToThePortfolioBoard"),
      new Walk("project-intake", "triage-rejected", INTAKE,
          "rejectedRequestKeepsItsDecisionAndReason"),
      new Walk("project-intake", "triage-deferred", INTAKE,
          "triageDeferralSendsASmallRequestToTheBacklogWithoutTheBoard"),
      new Walk("project-intake", "triage-more-information", INTAKE,
          "moreInformationGoesBackToTheRequesterAndIsScoredAgain"),
      new Walk("project-intake", "board-approved", INTAKE,
          "largeRequestGoesFromTriageToThePortfolioBoard"),
      new Walk("project-intake", "board-rejected", INTAKE,
          "boardRejectionEndsTheRequestWithItsReasonAndCreatesNoProject"),
      new Walk("project-intake", "board-deferred", INTAKE,
          "boardDeferralSendsTheRequestToTheBacklogWithItsReasonAndCreatesNoProject"),
      new Walk("project-intake", "board-more-information", INTAKE,
          "boardAskingForMoreInformationReturnsTheRequestToTheRequesterThenToTriage"),
      // project-lifecycle: status-in-execution, review-by, gate-decision, passed-gate, on-hold
      new Walk("project-lifecycle", "status-in-execution-stage", LIFECYCLE,
          "weeklyStatusDuringExecutionRecomputesThePlanAndRatesTheHealth"),
      new Walk("project-lifecycle", "status-outside-execution", LIFECYCLE,
          "weeklyStatusDuringExecutionRecomputesThePlanAndRatesTheHealth"),
      new Walk("project-lifecycle", "by-board", LIFECYCLE,
          "projectPassesAllFourGatesFreezesTheBaselineAtG2AndEndsByStartingItsPostMortem"),
      new Walk("project-lifecycle", "by-every-member", LIFECYCLE,
          "largeProjectIsReviewedByEveryMemberAndOneKillAmongGoKillsIt"),
      new Walk("project-lifecycle", "go", LIFECYCLE,
          "projectPassesAllFourGatesFreezesTheBaselineAtG2AndEndsByStartingItsPostMortem"),
      new Walk("project-lifecycle", "kill", LIFECYCLE,
          "killClosesTheProjectWithoutDeliveryAndStartsItsPostMortem"),
      new Walk("project-lifecycle", "recycle", LIFECYCLE,
          "recycleSendsTheStageBackWithTheBoardsComments"),
      new Walk("project-lifecycle", "hold", LIFECYCLE,
          "holdWaitsForTheResumeMessageThenReviewsAgain"),
      new Walk("project-lifecycle", "go-at-g1-or-g3", LIFECYCLE,
          "projectPassesAllFourGatesFreezesTheBaselineAtG2AndEndsByStartingItsPostMortem"),
      new Walk("project-lifecycle", "go-at-g2", LIFECYCLE,
          "projectPassesAllFourGatesFreezesTheBaselineAtG2AndEndsByStartingItsPostMortem"),
      new Walk("project-lifecycle", "go-at-g4", LIFECYCLE,
          "projectPassesAllFourGatesFreezesTheBaselineAtG2AndEndsByStartingItsPostMortem"),
      new Walk("project-lifecycle", "to-resume", LIFECYCLE,
          "holdWaitsForTheResumeMessageThenReviewsAgain"),
      new Walk("project-lifecycle", "to-hold-review", LIFECYCLE,
          "holdIsReviewedAgainWhenTheReviewTimerIsDue"),
      // budget-validation: approval-needed, board-approval-needed
      new Walk("budget-validation", "within-tolerance", BUDGET,
          "budgetWithinToleranceNeedsNoApprovalAndWarnsNobody"),
      new Walk("budget-validation", "approval-required", BUDGET,
          "overrunNeedsFinanceApprovalAndIsWarnedAboutOnce"),
      new Walk("budget-validation", "board-approval-required", BUDGET,
          "overrunNeedsFinanceApprovalAndIsWarnedAboutOnce"),
      new Walk("budget-validation", "board-approval-not-required", BUDGET,
          "financeRejectingAnOverrunEndsWithoutTheBoard"),
      // change-control: change-valid, change-applicable, approver-by-class, change-decision,
      // plan-current
      new Walk("change-control", "valid", CHANGE,
          "aMinorChangeGoesToTheProjectManagerAndBecomesANewPlanVersionWithoutABaseline"),
      new Walk("change-control", "invalid", CHANGE,
          "invalidInputWaitsForCorrectionAndStoresNothing"),
      new Walk("change-control", "applies", CHANGE,
          "aMinorChangeGoesToTheProjectManagerAndBecomesANewPlanVersionWithoutABaseline"),
      new Walk("change-control", "no-longer-applies", CHANGE,
          "aChangeWhosePlanLostTheActivityItNamesNoLongerApplies"),
      new Walk("change-control", "by-project-manager", CHANGE,
          "aMinorChangeGoesToTheProjectManagerAndBecomesANewPlanVersionWithoutABaseline"),
      new Walk("change-control", "by-change-board", CHANGE,
          "aMajorChangeGoesToTheChangeBoardAndReBaselinesThePlanWithTheReason"),
      new Walk("change-control", "by-gate-board", CHANGE,
          "aCriticalChangeGoesToTheGateBoardAndReBaselines"),
      new Walk("change-control", "approved", CHANGE,
          "aMinorChangeGoesToTheProjectManagerAndBecomesANewPlanVersionWithoutABaseline"),
      new Walk("change-control", "rejected", CHANGE,
          "aRejectedChangeStaysOnRecordAndLeavesThePlanAlone"),
      new Walk("change-control", "plan-unchanged", CHANGE,
          "aMinorChangeGoesToTheProjectManagerAndBecomesANewPlanVersionWithoutABaseline"),
      new Walk("change-control", "plan-stale", CHANGE,
          "aChangeApprovedAfterAnotherWasAppliedIsAnalysedAgainstTheNewPlanNotAppliedBlindly"));

  @Test
  void everyFlowOutOfAChoosingGatewayHasATestAndEveryListedFlowExists() throws IOException {
    Set<String> listed = WALKS.stream().map(Walk::flowId)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(listed).as("flows walked by a test").isEqualTo(choosingFlows());
  }

  @Test
  void everyListedTestExists() throws Exception {
    for (Walk walk : WALKS) {
      assertThat(Class.forName(walk.testClass()).getDeclaredMethod(walk.test())
          .isAnnotationPresent(Test.class))
          .as("%s#%s walks %s", walk.testClass(), walk.test(), walk.flowId()).isTrue();
    }
  }

  /** Every outgoing flow of every gateway in processes/ that picks one path among several. */
  static Set<String> choosingFlows() throws IOException {
    Set<String> flows = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
          if (gateway instanceof ParallelGateway || gateway.getOutgoing().size() < 2) {
            continue;
          }
          String process = processOf(gateway);
          for (SequenceFlow flow : gateway.getOutgoing()) {
            flows.add(process + "/" + flow.getId());
          }
        }
      }
    }
    assertThat(flows).as("gateways found in processes/").isNotEmpty();
    return flows;
  }

  private static String processOf(Gateway gateway) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = gateway.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return ((Process) parent).getId();
  }
}
