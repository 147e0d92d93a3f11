package org.pmoengine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.intake.Decision;
import org.pmoengine.intake.IntakeService;
import org.pmoengine.intake.ReviewStage;
import org.pmoengine.lifecycle.ProjectLifecycle;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.Gate;
import org.pmoengine.project.ProjectMember;
import org.pmoengine.project.ProjectMemberRepository;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.workspace.PortfolioDashboard.FunnelStep;
import org.pmoengine.workspace.PortfolioDashboard.HeatRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portfolio's figures against a few projects worked out by hand. The database may hold other
 * tests' projects, so the dashboard is compared before and after ours are added.
 *
 * <p>Project "Warehouse": budget 100,000; two activities of ten working days from Monday
 * 7 Jan 2097 (A to Fri 18 Jan, B from Mon 21 Jan to Fri 1 Feb) frozen as the baseline; then A
 * reported done with the status date Fri 25 Jan. Planned by then: all of A (10 days) and 5 of
 * B's 12 calendar days (10 x 5/12 = 4.1667 days), 14.1667 of 20 days: PV 70,833.33. Earned: A,
 * 10 of 20 days: EV 50,000. Booked 30,000 on 15 Jan and 10,000 on 25 Jan (20,000 on 28 Jan is
 * after the status date): AC 40,000. CPI 50,000 / 40,000 = 1.25, SPI 50,000 / 70,833.33 =
 * 0.706, EAC 100,000 x 40,000 / 50,000 = 80,000.
 *
 * <p>"Payroll": budget 200,000, no plan, no cost: no index, EAC the budget. "Archive": budget
 * 50,000, not started, 10,000 spent and nothing earned: CPI 0, EAC 10,000 + 50,000 = 60,000.
 */
@SpringBootTest
class PortfolioFiguresTests {

  static final String DEPARTMENT = "Logistics 2097";

  @Autowired PortfolioFigures figures;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired ProjectLifecycle lifecycle;
  @Autowired PlanService plans;
  @Autowired BudgetRegisters registers;
  @Autowired ProjectEarnedValue earnedValue;
  @Autowired ProjectMemberRepository members;
  @Autowired IntakeService intake;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void figuresOfEachProjectAndOfThePortfolioAreWhatTheHandWorkedExampleSays() {
    PortfolioDashboard before = as("pf-lena", PmoGroups.PMO, () -> figures.dashboard());
    PortfolioTestData data = data();
    String warehouse = data.project("Warehouse", "pf-mia", "pf-sam", DEPARTMENT, "strategic",
        "100000", 4, 5, 2).getKey();
    data.inStage(warehouse, Stage.EXECUTION);
    data.rated(warehouse, Rag.RED);
    data.twoStepPlan(warehouse, LocalDate.of(2097, 1, 7), LocalDate.of(2097, 1, 25),
        LocalDate.of(2097, 1, 18));
    data.expense(warehouse, "30000", LocalDate.of(2097, 1, 15));
    data.expense(warehouse, "10000", LocalDate.of(2097, 1, 25));
    data.expense(warehouse, "20000", LocalDate.of(2097, 1, 28));
    String payroll = data.project("Payroll", "pf-otto", "pf-mia", DEPARTMENT, "operational",
        "200000", 2, 2, 4).getKey();
    data.inStage(payroll, Stage.PLANNING);
    data.rated(payroll, Rag.AMBER);
    String archive = data.project("Archive", "pf-otto", "pf-sam", "Records 2097", "operational",
        "50000", 3, 3, 3).getKey();
    data.expense(archive, "10000", LocalDate.now().minusDays(1));
    String triage = data.openRequest("pf-mia", "BOARD");
    String board = data.openRequest("pf-mia", "BOARD");
    intake.decide(board, ReviewStage.PMO_TRIAGE, Decision.APPROVE, "Worth a board's look",
        "pf-lena");

    List<ProjectRow> rows = as("pf-lena", PmoGroups.PMO, () -> figures.projects());
    ProjectRow w = row(rows, warehouse);
    assertThat(w.earnedValue().plannedValue()).isEqualByComparingTo("70833.33");
    assertThat(w.earnedValue().earnedValue()).isEqualByComparingTo("50000");
    assertThat(w.earnedValue().actualCost()).isEqualByComparingTo("40000");
    assertThat(w.cpi()).isEqualTo(1.25);
    assertThat(w.spi()).isEqualTo(0.706);
    assertThat(w.estimateAtCompletion()).isEqualByComparingTo("80000");
    assertThat(w.phase()).isEqualTo(ProjectRow.Phase.EXECUTION);
    assertThat(w.nextGate()).isEqualTo(Gate.G3);
    assertThat(w.value()).isEqualTo(4.5);
    assertThat(w.deliveryRisk()).isEqualTo(2);
    // B was planned to end on Fri 1 Feb; not started by Fri 25 Jan, its ten days end later
    assertThat(w.forecastFinish()).isEqualTo(plans.latest(warehouse).finishDate())
        .isAfter(LocalDate.of(2097, 2, 1));
    assertThat(w.slipDays()).isPositive().isEqualTo(plans.slipDays(warehouse).orElseThrow());
    // the same figures as the project's own earned value
    assertThat(as("pf-lena", PmoGroups.PMO, () -> earnedValue.of(warehouse)))
        .isEqualTo(w.earnedValue());

    ProjectRow p = row(rows, payroll);
    assertThat(p.cpi()).isNull();
    assertThat(p.spi()).isNull();
    assertThat(p.estimateAtCompletion()).isEqualByComparingTo("200000");
    assertThat(p.nextGate()).isEqualTo(Gate.G2);
    assertThat(p.forecastFinish()).isNull();

    ProjectRow a = row(rows, archive);
    assertThat(a.phase()).isEqualTo(ProjectRow.Phase.NOT_STARTED);
    assertThat(a.cpi()).isEqualTo(0.0);
    assertThat(a.estimateAtCompletion()).isEqualByComparingTo("60000");
    assertThat(a.nextGate()).isNull();

    PortfolioDashboard after = as("pf-lena", PmoGroups.PMO, () -> figures.dashboard());
    assertThat(after.counts().running() - before.counts().running()).isEqualTo(3);
    assertThat(after.counts().active() - before.counts().active()).isEqualTo(2);
    assertThat(after.counts().notStarted() - before.counts().notStarted()).isEqualTo(1);
    assertThat(after.budget().subtract(before.budget())).isEqualByComparingTo("350000");
    assertThat(after.estimateAtCompletion().subtract(before.estimateAtCompletion()))
        .isEqualByComparingTo("340000");
    assertThat(after.health().red() - before.health().red()).isEqualTo(1);
    assertThat(after.health().amber() - before.health().amber()).isEqualTo(1);
    assertThat(stage(after, Stage.EXECUTION).red() - stage(before, Stage.EXECUTION).red())
        .isEqualTo(1);
    assertThat(stage(after, Stage.PLANNING).amber() - stage(before, Stage.PLANNING).amber())
        .isEqualTo(1);
    assertThat(after.heatMap().rows()).contains(new HeatRow(DEPARTMENT, 0, 1, 1, 0));
    assertThat(after.bubbles()).anySatisfy(b -> {
      assertThat(b.key()).isEqualTo(warehouse);
      assertThat(b.value()).isEqualTo(4.5);
      assertThat(b.risk()).isEqualTo(2);
      assertThat(b.budget()).isEqualByComparingTo("100000");
      assertThat(b.rag()).isEqualTo("RED");
    });
    assertThat(step(after, "SUBMITTED") - step(before, "SUBMITTED")).isEqualTo(5);
    assertThat(step(after, "APPROVED") - step(before, "APPROVED")).isEqualTo(3);
    assertThat(step(after, "TRIAGE") - step(before, "TRIAGE")).as(triage).isEqualTo(1);
    assertThat(step(after, "BOARD") - step(before, "BOARD")).isEqualTo(1);
  }

  @Test
  void someoneOutsideThePortfolioSeesOnlyTheProjectsTheyManageSponsorOrWorkOn() {
    PortfolioTestData data = data();
    String rita = "pf-rita-" + System.nanoTime();
    String managed = data.project("Managed", rita, "pf-sam", "Sales", "operational",
        "10000", 3, 3, 3).getKey();
    String sponsored = data.project("Sponsored", "pf-otto", rita, "Sales", "operational",
        "10000", 3, 3, 3).getKey();
    String member = data.project("Member", "pf-otto", "pf-sam", "Sales", "operational",
        "10000", 3, 3, 3).getKey();
    members.save(new ProjectMember(member, rita, "Analyst", "pf-otto", Instant.now()));
    String other = data.project("Other", "pf-otto", "pf-sam", "Sales", "operational",
        "10000", 3, 3, 3).getKey();

    List<String> seen = as(rita, PmoGroups.REQUESTER,
        () -> figures.projects().stream().map(ProjectRow::key).toList());

    assertThat(seen).containsExactly(managed, sponsored, member);
    assertThat(as("pf-gabi", PmoGroups.GATE_BOARD,
        () -> figures.projects().stream().map(ProjectRow::key).toList())).contains(other, managed);
    assertThatThrownBy(() -> as(rita, PmoGroups.REQUESTER, () -> figures.dashboard()))
        .isInstanceOf(ForbiddenException.class);
  }

  private PortfolioTestData data() {
    return new PortfolioTestData("2097", jdbc, projects, lifecycle, plans, registers);
  }

  private static ProjectRow row(List<ProjectRow> rows, String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  private static PortfolioDashboard.StageCount stage(PortfolioDashboard d, Stage stage) {
    return d.stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
  }

  private static long step(PortfolioDashboard d, String code) {
    return d.funnel().stream().filter(s -> s.code().equals(code)).mapToLong(FunnelStep::count)
        .findFirst().orElseThrow();
  }

  static <T> T as(String user, String group, Supplier<T> action) {
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
        user, null, List.of(new SimpleGrantedAuthority("GROUP_" + group))));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
