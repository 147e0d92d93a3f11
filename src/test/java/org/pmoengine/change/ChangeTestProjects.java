package org.pmoengine.change;

import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.project.Stage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projects that take changes: in a stage, with the hand-checked plan of {@link
 * ImpactAnalysisTests} (go-live on 25 January 2027) and a budget of 100,000.
 */
public final class ChangeTestProjects {

  private final JdbcTemplate jdbc;
  private final ProjectRepository projects;
  private final PlanService plans;
  private final ProjectTeam team;

  public ChangeTestProjects(JdbcTemplate jdbc, ProjectRepository projects, PlanService plans,
      ProjectTeam team) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.plans = plans;
    this.team = team;
  }

  /** A project in Planning, without a baseline yet, with the members added to its team. */
  public Project inPlanning(String manager, String... members) {
    return create("PLANNING", false, manager, members);
  }

  /** A project in Execution whose plan is baselined. */
  public Project inExecution(String manager, String... members) {
    return create("EXECUTION", true, manager, members);
  }

  public Project create(String stage, boolean baseline, String manager, String... members) {
    Project project = TestProjects.create(jdbc, projects, manager, "cc-sponsor");
    project.enterStage(Stage.valueOf(stage));
    projects.save(project);
    plans.save(project.getKey(), ImpactAnalysisTests.plan(), manager, "First plan");
    if (baseline) {
      plans.freezeBaseline(project.getKey(), manager, "Baseline frozen at gate G2");
    }
    for (String member : members) {
      team.add(project.getKey(), member, "Team member", manager);
    }
    return projects.findByKey(project.getKey()).orElseThrow();
  }
}
