package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.pmoengine.intake.RequestFormBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.postmortem.EstimationHistory;
import org.pmoengine.postmortem.KindEstimate;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.DecisionRecordRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closing the loop: once finished projects of a category are in the estimation history, the
 * next request of that category goes through project-intake and is scored with their lesson.
 */
@SpringBootTest
class IntakeLearnsFromFinishedProjectsTests {

  /** The category whose history this test writes; no other test records it. */
  static final String CATEGORY = "maintenance";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired ProjectRequestRepository requests;
  @Autowired DecisionRecordRepository decisions;
  @Autowired EstimationHistory history;
  @Autowired ProjectRepository projects;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestUsers.ensure(identity, "rita", PmoGroups.REQUESTER);
    forgetTheCategory();
  }

  /** Other tests score maintenance requests too, and expect no lesson. */
  @AfterEach
  void forgetTheCategory() {
    jdbc.update("delete from estimation_history where category = ?", CATEGORY);
  }

  /**
   * The same request (50 person-days, rated 1, 4, 4, 5, 2) before and after three maintenance
   * projects finished: 100 days planned and 150 taken, 50 and 60, 50 and 70; together 200 and
   * 280, an overrun of 40 %. Before, it is a job of size 2 and scores 57 (P2); after, its job is
   * sized on 70 person-days, size 3, and it scores 54 (P3). CategoryTrackRecordRulesTests works
   * the numbers out.
   */
  @Test
  void scoresTheNextRequestOfACategoryWithTheLessonOfItsFinishedProjects() throws Exception {
    ProjectRequest first = scored(submit(aMaintenanceRequest()));
    assertThat(first.getScore()).isEqualTo(57);
    assertThat(first.getPriorityClass()).isEqualTo("P2");
    assertThat(first.getExplanation()).doesNotContain("overran");

    history.record(aFinishedProject(), CATEGORY, List.of(new KindEstimate("design", 20, 30),
        new KindEstimate("build", 80, 120)));
    history.record(aFinishedProject(), CATEGORY, List.of(new KindEstimate("build", 50, 60)));
    history.record(aFinishedProject(), CATEGORY, List.of(new KindEstimate("test", 50, 70)));
    ProjectRequest next = scored(submit(aMaintenanceRequest()));

    assertThat(next.getScore()).isEqualTo(54);
    assertThat(next.getPriorityClass()).isEqualTo("P3");
    assertThat(next.getRoute()).isEqualTo(Route.PMO);
    DecisionRecord decision = decisions.findById(next.getScoringDecisionId()).orElseThrow();
    assertThat(decision.getExplanation()).isEqualTo(next.getExplanation()).contains(
        "Projects in category 'maintenance' overran their effort by 40 % (3 finished projects):"
            + " the job is sized on 70 person-days instead of 50. Job size 3 for an effort of 70"
            + " person-days.");
    JsonNode inputs = json.readTree(decision.getInputs());
    assertThat(inputs.get("category").asText()).isEqualTo(CATEGORY);
    assertThat(inputs.get("effortPersonDays").asInt()).isEqualTo(50);
    assertThat(inputs.get("trackRecord").get("category").asText()).isEqualTo(CATEGORY);
    assertThat(inputs.get("trackRecord").get("projects").asInt()).isEqualTo(3);
    assertThat(inputs.get("trackRecord").get("overrunPercent").asDouble()).isEqualTo(40.0);
    assertThat(json.readTree(decision.getContributions()).findValuesAsText("rule"))
        .contains(CategoryTrackRecordRulesTests.LIKELY_EFFORT_RULE);
    assertThat(json.readTree(decision.getOutcome()).get("wsjf").asDouble()).isEqualTo(13 / 3.0);

    JsonNode firstInputs = json.readTree(
        decisions.findById(first.getScoringDecisionId()).orElseThrow().getInputs());
    assertThat(firstInputs.get("trackRecord").isNull()).isTrue();
  }

  private static RequestForm aMaintenanceRequest() {
    return aRequest().withCategory(CATEGORY).withEffort(50).withRatings(1, 4, 4, 5, 2).build();
  }

  private ProcessInstance submit(RequestForm form) {
    identity.setAuthentication("rita", List.of(PmoGroups.REQUESTER));
    try {
      return runtime.startProcessInstanceByKey(IntakeVariables.PROCESS_ID,
          new HashMap<>(RequestFormVariables.of(form)));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the scoring step and reads the request back. */
  private ProjectRequest scored(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("score-request");
    execute(job(instance));
    assertThat(instance).isWaitingAt("pmo-triage");
    return requests.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  /** A project finished in the test's category. */
  private String aFinishedProject() {
    String key = TestProjects.create(jdbc, projects, "pm", "sponsor").getKey();
    jdbc.update("update project set category = ? where project_key = ?", CATEGORY, key);
    return key;
  }
}
