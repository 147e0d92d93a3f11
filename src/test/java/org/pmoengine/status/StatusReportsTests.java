package org.pmoengine.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanVersionRepository;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.register.IssueRegister;
import org.pmoengine.register.IssueSeverity;
import org.pmoengine.register.RiskRegister;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weekly status report form's lines, applied to the plan and the registers. */
@SpringBootTest
class StatusReportsTests {

  static final LocalDate TODAY = LocalDate.now();

  @Autowired StatusReports reports;
  @Autowired PlanService plans;
  @Autowired PlanVersionRepository versions;
  @Autowired RiskRegister risks;
  @Autowired IssueRegister issues;
  @Autowired ProjectRepository projects;
  @Autowired JdbcTemplate jdbc;

  @Test
  void progressRisksAndIssuesLandInThePlanAndTheRegisters() {
    Project project = projectWithPlan();
    LocalDate started = TODAY.minusDays(14);

    reports.apply(project.getKey(),
        "design 100 " + started + " " + TODAY.minusDays(8) + "\n  build 40 " + TODAY.minusDays(7),
        "Vendor delivers late; 4; 4", "Test data missing; " + TODAY.plusDays(10) + "; high",
        "pm-sr");

    Plan plan = plans.latest(project.getKey()).plan();
    assertThat(plan.statusDate()).isEqualTo(TODAY);
    Activity design = plan.activities().get(0);
    Activity build = plan.activities().get(1);
    assertThat(design.percentComplete()).isEqualTo(100);
    assertThat(design.actualFinish()).isEqualTo(TODAY.minusDays(8));
    assertThat(build.percentComplete()).isEqualTo(40);
    assertThat(build.actualStart()).isEqualTo(TODAY.minusDays(7));
    assertThat(build.remainingDays()).isEqualTo(6);
    assertThat(risks.of(project.getKey())).singleElement()
        .satisfies(r -> assertThat(r.getScore()).isEqualTo(16));
    assertThat(issues.of(project.getKey())).singleElement()
        .satisfies(i -> assertThat(i.getSeverity()).isEqualTo(IssueSeverity.HIGH));
  }

  @Test
  void aWrongLineNamesItselfAndChangesNothing() {
    Project project = projectWithPlan();
    long planVersions = versions.countByProjectKey(project.getKey());

    assertThatThrownBy(() -> reports.apply(project.getKey(), "design 100\nghost 50",
        "Vendor late; 9; 4", "", "pm-sr"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(StatusReports.PROGRESS,
                        "Line 2 (ghost 50): the plan has no activity ghost."),
                    org.assertj.core.groups.Tuple.tuple(StatusReports.NEW_RISKS,
                        "Line 1 (Vendor late; 9; 4): write the risk, its probability and its"
                            + " impact (1 to 5), e.g. \"Vendor delivers late; 3; 4\".")));

    assertThat(versions.countByProjectKey(project.getKey())).isEqualTo(planVersions);
    assertThat(risks.of(project.getKey())).isEmpty();
  }

  private Project projectWithPlan() {
    Project project = TestProjects.create(jdbc, projects, "pm-sr", "Sam Sponsor");
    plans.save(project.getKey(), Plan.of(TODAY.minusDays(20),
        List.of(Activity.of("design", "Design", 5), Activity.of("build", "Build", 10)),
        List.of(new Dependency("design", "build", DependencyType.FS, 0))), "pm-sr", "First plan");
    return project;
  }
}
