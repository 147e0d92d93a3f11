package org.pmoengine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.scheduling.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecomputePlanDelegateTests {

  private static final String PROCESS = "recompute-plan-test";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired PlanService plans;
  @Autowired PlanVersionRepository versions;

  private String deploymentId;
  private final String key = TestPlans.newProjectKey();

  @BeforeEach
  void deploy() {
    AbstractAssertions.init(engine);
    deploymentId = repositoryService.createDeployment()
        .addClasspathResource("org/pmoengine/plans/recompute-plan-test.bpmn")
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
    AbstractAssertions.reset();
  }

  private ProcessInstance runRecompute() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, key,
        Map.of(PlanVariables.PROJECT_KEY, key));
    assertThat(instance).isWaitingAt("recomputePlan");
    execute(job());
    return instance;
  }

  @Test
  void storesANewVersionAndWritesTheForecast() {
    plans.save(key, TestPlans.simple(), "pmo-user", "first plan");

    ProcessInstance instance = runRecompute();

    // Monday to Friday from Monday 2 March 2026 (working day 0), in working days:
    //   design 0..5; build FS + 2 after design: 7..17; review SS + 3 after build: 10..14;
    //   go live after build and review: a milestone at day 17.
    // Working days 15..19 are 23..27 March, so day 17 is Wednesday 25 March; a milestone
    // finishes on the day it starts.
    assertThat(instance).isWaitingAt("reviewForecast")
        .variables()
        .containsEntry(PlanVariables.PLAN_VERSION, 2)
        .containsEntry(PlanVariables.FORECAST_FINISH, "2026-03-25")
        .containsEntry(PlanVariables.SLIP_DAYS, 0)
        .containsEntry(PlanVariables.CRITICAL_PATH_LENGTH, 17)
        .containsEntry(PlanVariables.OVERALLOCATED_RESOURCES, "");
    PlanVersion stored = versions.findFirstByProjectKeyOrderByVersionDesc(key).orElseThrow();
    assertThat(stored.getVersion()).isEqualTo(2);
    assertThat(stored.getKind()).isEqualTo(PlanKind.CURRENT);
    assertThat(stored.getFinishDate()).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(stored.getCreatedBy()).contains(instance.getId());
  }

  @Test
  void reportsTheSlipAgainstTheBaseline() {
    plans.save(key, TestPlans.simple(), "pmo-user", "first plan");
    plans.freezeBaseline(key, "pmo-user", "G2");
    Plan longer = TestPlans.withBuildTaking(15);
    plans.save(key, longer, "pmo-user", "build takes longer");

    ProcessInstance instance = runRecompute();

    // build 7..22 (15 days), review still 10..14, go live at day 22 instead of 17: 5 days late.
    // Working days 20..24 are 30 March..3 April, so day 22 is Wednesday 1 April.
    assertThat(instance).isWaitingAt("reviewForecast").variables()
        .containsEntry(PlanVariables.PLAN_VERSION, 4)
        .containsEntry(PlanVariables.SLIP_DAYS, 5)
        .containsEntry(PlanVariables.FORECAST_FINISH, "2026-04-01");
  }

  @Test
  void aProjectWithoutPlanLeavesAnIncidentAndStoresNothing() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, key,
        Map.of(PlanVariables.PROJECT_KEY, key));
    assertThat(instance).isWaitingAt("recomputePlan");

    assertThatThrownBy(() -> execute(job())).hasMessageContaining(key);

    assertThat(instance).isWaitingAt("recomputePlan");
    assertThat(versions.countByProjectKey(key)).isZero();
  }
}
