package org.pmoengine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.EarnedValue;
import org.pmoengine.project.Gate;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;
import org.pmoengine.workspace.PlanFigures.VersionFigures;

/** Filtering, sorting and CSV of the projects list, and the portfolio's curve, without a database. */
class ProjectListTests {

  static ProjectRow row(String key, String name, Rag rag, String manager, String category,
      String budget, double earned, double cost, Integer slip) {
    EarnedValue ev = EarnedValue.ofAmounts(new BigDecimal(budget), new BigDecimal("100"),
        BigDecimal.valueOf(earned), BigDecimal.valueOf(cost));
    return new ProjectRow(key, name, ProjectStatus.ACTIVE, Stage.EXECUTION, rag, manager,
        manager.toUpperCase(), "IT", category, new BigDecimal(budget), ev, null, slip, Gate.G3,
        false, 3.0, 3);
  }

  final List<ProjectRow> rows = List.of(
      row("PRJ-2026-0001", "Payroll", Rag.GREEN, "mia", "operational", "300", 100, 50, 2),
      row("PRJ-2026-0002", "Warehouse", Rag.RED, "otto", "strategic", "100", 80, 100, null),
      row("PRJ-2026-0003", "Web shop", null, "mia", "strategic", "200", 50, 0, -1));

  @Test
  void filtersByHealthManagerCategoryAndTextInKeyOrName() {
    assertThat(keys(query(Map.of("rag", "RED")).apply(rows))).containsExactly("PRJ-2026-0002");
    assertThat(keys(query(Map.of("rag", "NONE")).apply(rows))).containsExactly("PRJ-2026-0003");
    assertThat(keys(query(Map.of("manager", "mia", "category", "Strategic")).apply(rows)))
        .containsExactly("PRJ-2026-0003");
    assertThat(keys(query(Map.of("q", "WARE")).apply(rows))).containsExactly("PRJ-2026-0002");
    assertThat(keys(query(Map.of("q", "0001")).apply(rows))).containsExactly("PRJ-2026-0001");
    assertThat(keys(query(Map.of("stage", "PLANNING")).apply(rows))).isEmpty();
  }

  @Test
  void sortsByAColumnEitherWayWithEmptyValuesLast() {
    // CPI: 2.0, 0.8, none (no cost yet)
    assertThat(keys(query(Map.of("sort", "cpi")).apply(rows)))
        .containsExactly("PRJ-2026-0002", "PRJ-2026-0001", "PRJ-2026-0003");
    assertThat(keys(query(Map.of("sort", "cpi", "dir", "desc")).apply(rows)))
        .containsExactly("PRJ-2026-0001", "PRJ-2026-0002", "PRJ-2026-0003");
    assertThat(keys(query(Map.of("sort", "budget")).apply(rows)))
        .containsExactly("PRJ-2026-0002", "PRJ-2026-0003", "PRJ-2026-0001");
    assertThat(keys(query(Map.of("sort", "slip", "dir", "desc")).apply(rows)))
        .containsExactly("PRJ-2026-0001", "PRJ-2026-0003", "PRJ-2026-0002");
  }

  @Test
  void linksKeepTheFiltersAndTurnTheOrderOfTheSortedColumn() {
    ProjectListQuery q = query(Map.of("rag", "RED", "sort", "cpi", "q", "a&b"));
    assertThat(q.sortedBy("cpi")).isEqualTo("/projects?rag=RED&q=a%26b&sort=cpi&dir=desc");
    assertThat(q.sortedBy("budget")).isEqualTo("/projects?rag=RED&q=a%26b&sort=budget");
    assertThat(q.csv()).isEqualTo("/projects.csv?rag=RED&q=a%26b&sort=cpi");
    assertThat(q.ariaSort("cpi")).isEqualTo("ascending");
    assertThat(query(Map.of("page", "x", "sort", "nonsense")).page()).isEqualTo(1);
  }

  @Test
  void csvHasAHeaderAndQuotesWhatNeedsQuoting() {
    ProjectRow tricky = row("PRJ-2026-0009", "Move \"HQ\", phase 2", Rag.AMBER, "mia",
        "=cmd()", "1000", 50, 100, 3);

    String csv = ProjectsCsv.of(List.of(tricky), new Labels());

    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(ProjectsCsv.HEADER);
    assertThat(lines[1]).isEqualTo("PRJ-2026-0009,\"Move \"\"HQ\"\", phase 2\",Execution,Amber,MIA,"
        + "IT,'=cmd(),1000,0.500,0.500,2000.00,,3,G3 readiness");
  }

  /**
   * One project of 1,000 with one activity of 10 working days from Mon 2 Nov to Fri 13 Nov
   * 2026 (12 calendar days), reported half done on 6 Nov, with 300 booked on 4 Nov and 200 on
   * 20 Nov. At the end of October nothing is planned; by the end of November all of it: PV 1,000.
   * EV and AC stop at today, 25 Nov: EV 500, AC 500; December is PV only.
   */
  @Test
  void curveSumsPlannedEarnedAndBookedValueByMonthUpToToday() {
    ScheduledActivity a = new ScheduledActivity("A", "A", 0, 10, 0, 10,
        LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 2),
        LocalDate.of(2026, 11, 13), 0, 0, true);
    Schedule schedule = new Schedule(a.startDate(), null, 10, a.finishDate(), List.of(a), List.of());
    VersionFigures baseline = new VersionFigures(null, 0, schedule, a.startDate(),
        a.finishDate());
    NavigableMap<LocalDate, BigDecimal> bookings = new TreeMap<>(Map.of(
        LocalDate.of(2026, 11, 4), new BigDecimal("300"),
        LocalDate.of(2026, 11, 20), new BigDecimal("200")));
    var project = new PortfolioCurve.Project(new BigDecimal("1000"), baseline,
        List.of(new PortfolioCurve.Progress(LocalDate.of(2026, 11, 6), 0.5)), bookings);

    PortfolioCurve curve = PortfolioCurve.of(List.of(project), LocalDate.of(2026, 11, 25));

    assertThat(curve.months()).containsExactly("2026-11");
    assertThat(curve.plannedValue()).containsExactly(new BigDecimal("1000.00"));
    assertThat(curve.earnedValue()).containsExactly(new BigDecimal("500.00"));
    assertThat(curve.actualCost()).containsExactly(new BigDecimal("500.00"));

    PortfolioCurve later = PortfolioCurve.of(List.of(project), LocalDate.of(2026, 11, 5));
    // by 5 Nov no progress reported yet, 300 booked
    assertThat(later.earnedValue()).containsExactly(new BigDecimal("0.00"));
    assertThat(later.actualCost()).containsExactly(new BigDecimal("300.00"));
  }

  @Test
  void aLaterVersionSupersedesAnEarlierOneWhateverItsStatusDate() {
    List<PortfolioCurve.Progress> versions = List.of(
        new PortfolioCurve.Progress(LocalDate.of(2026, 12, 1), 0.0),
        new PortfolioCurve.Progress(LocalDate.of(2026, 11, 20), 0.5));

    assertThat(PortfolioCurve.earnedShareAsOf(versions, LocalDate.of(2026, 11, 25)))
        .isEqualTo(0.5);
    assertThat(PortfolioCurve.earnedShareAsOf(versions, LocalDate.of(2026, 12, 3)))
        .isEqualTo(0.5);
    assertThat(PortfolioCurve.earnedShareAsOf(versions, LocalDate.of(2026, 11, 19)))
        .isEqualTo(0.0);
  }

  private static ProjectListQuery query(Map<String, String> params) {
    return ProjectListQuery.of(params);
  }

  private static List<String> keys(List<ProjectRow> found) {
    return found.stream().map(ProjectRow::key).toList();
  }
}
