package org.pmoengine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.BudgetLine;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.gate.GateDecision;
import org.pmoengine.gate.GateDecisionRepository;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.plans.PlanService;
import org.pmoengine.postmortem.LessonRepository;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.Stage;
import org.pmoengine.register.RiskRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo portfolio at 12 projects, on a database of its own: 12 projects in every stage and
 * 5 more requests (12 / 8 rounds up to one of each open or closed outcome), all written through
 * the processes with no incident; then a second run is refused.
 */
@SpringBootTest(properties = {"pmo.demo.portfolio=0",
    "spring.datasource.url=jdbc:h2:mem:pmo-demo-portfolio;DB_CLOSE_DELAY=-1"})
@ActiveProfiles({"test", "demo"})
class DemoPortfolioTests {

  @Autowired DemoPortfolio portfolio;
  @Autowired ProjectRequestRepository requests;
  @Autowired ProjectRepository projects;
  @Autowired PlanService plans;
  @Autowired GateDecisionRepository gateDecisions;
  @Autowired LessonRepository lessons;
  @Autowired RiskRegister risks;
  @Autowired BudgetRegisters budgets;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @Test
  void fillsAnEmptyDatabaseWithEveryStageAndOutcomeAndRefusesASecondTime() {
    Instant before = Instant.now();
    DemoPortfolio.Summary summary = portfolio.generate(12);

    assertThat(summary.projects()).isEqualTo(12);
    assertThat(summary.requests()).isEqualTo(17);
    assertThat(summary.projectsByFate().keySet()).containsExactlyInAnyOrder(
        "INITIATION", "PLANNING", "EXECUTION", "CLOSURE", "AT_GATE_REVIEW", "ON_HOLD", "CLOSED",
        "KILLED");
    // 12 approved; in triage and at the board both wait in review
    assertThat(statuses()).containsExactlyInAnyOrderEntriesOf(Map.of("APPROVED", 12L,
        "IN_REVIEW", 2L, "MORE_INFORMATION", 1L, "REJECTED", 1L, "DEFERRED", 1L));
    assertThat(tasks.createTaskQuery().taskDefinitionKey("pmo-triage").count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("portfolio-board-review").count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("provide-information").count())
        .isEqualTo(1);
    assertThat(runtime.createIncidentQuery().count()).isZero();

    List<Project> all = projects.findAll();
    assertThat(all).hasSize(12);
    Set<String> where = all.stream().map(p -> p.getStatus().isEnded() ? p.getStatus().name()
        : p.getStage().name()).collect(Collectors.toSet());
    assertThat(where).containsExactlyInAnyOrder("INITIATION", "PLANNING", "EXECUTION",
        "CLOSURE", "CLOSED", "KILLED");
    for (Project p : all) {
      assertThat(plans.hasPlan(p.getKey())).as(p.getKey() + " has a plan").isTrue();
      assertThat(risks.of(p.getKey())).as(p.getKey() + " has risks").hasSizeGreaterThanOrEqualTo(2);
      List<GateDecision> decisions = gateDecisions.findByProjectKeyOrderByDecidedAtAscIdAsc(
          p.getKey());
      boolean passedG2 = decisions.stream().anyMatch(d -> d.getGate() == Gate.G2
          && d.getDecision() == Recommendation.GO);
      if (passedG2) {
        // frozen at G2 (a major change approved in Planning may have frozen one before)
        assertThat(plans.latestBaseline(p.getKey())).as(p.getKey() + " baseline").isPresent();
        // the four lines of the budget, and a line for each approved change that asked for money
        assertThat(budgets.lines(p.getKey())).extracting(BudgetLine::getCode)
            .contains("STAFF", "SERVICES", "LICENCES", "CONTINGENCY");
      }
      if (p.getStatus() == ProjectStatus.CLOSED) {
        assertThat(decisions).extracting(GateDecision::getGate).contains(Gate.G1, Gate.G2,
            Gate.G3, Gate.G4);
        assertThat(lessons.findByProjectKeyOrderByIdAsc(p.getKey())).isNotEmpty();
        assertThat(p.getHealth()).isNotNull();
      }
      if (p.getStatus() == ProjectStatus.KILLED) {
        assertThat(decisions.get(decisions.size() - 1).getDecision())
            .isEqualTo(Recommendation.KILL);
        assertThat(lessons.findByProjectKeyOrderByIdAsc(p.getKey())).isNotEmpty();
      }
      if (p.getStatus() == ProjectStatus.ACTIVE && (p.getStage() == Stage.EXECUTION
          || p.getStage() == Stage.CLOSURE)) {
        // rated from at least one status report during Execution
        assertThat(p.getHealth()).as(p.getKey() + " health").isNotNull();
        assertThat(budgets.actualCost(p.getKey())).isPositive();
      }
    }
    assertThat(tasks.createTaskQuery().taskDefinitionKey("gate-review").count()
        + tasks.createTaskQuery().taskDefinitionKey("gate-board-review").count()).isPositive();
    assertThat(all.stream().map(p -> lastDecision(p.getKey())))
        .contains(Recommendation.HOLD);

    // the story spreads over the past months, and nothing lies in the future
    List<Instant> submitted = requests.findAll().stream().map(ProjectRequest::getSubmittedAt)
        .sorted().toList();
    assertThat(submitted.get(0)).isBefore(before.minus(Duration.ofDays(150)))
        .isAfter(before.minus(Duration.ofDays(550)));
    assertThat(submitted.get(submitted.size() - 1)).isBefore(before);

    assertThatThrownBy(() -> portfolio.generate(3))
        .isInstanceOf(DemoPortfolio.RefusedException.class)
        .hasMessageContaining("already holds 12 projects and 17 requests");
    assertThat(projects.count()).isEqualTo(12);
  }

  @Test
  void theSameSeedTellsTheSameStories() {
    LocalDate today = LocalDate.of(2026, 12, 3);
    List<String> first = DemoPortfolio.stories(40, new Random(DemoPortfolio.SEED), today)
        .stream().map(s -> s.idea.title() + s.fate + s.start + s.budget).toList();
    List<String> second = DemoPortfolio.stories(40, new Random(DemoPortfolio.SEED), today)
        .stream().map(s -> s.idea.title() + s.fate + s.start + s.budget).toList();
    assertThat(first).isEqualTo(second).hasSize(40 + 5 * 5);
  }

  private Map<String, Long> statuses() {
    return requests.findAll().stream().collect(Collectors.groupingBy(
        r -> r.getStatus().name(), Collectors.counting()));
  }

  private Recommendation lastDecision(String key) {
    List<GateDecision> d = gateDecisions.findByProjectKeyOrderByDecidedAtAscIdAsc(key);
    return d.isEmpty() ? null : d.get(d.size() - 1).getDecision();
  }
}
