package org.pmoengine.lifecycle;

import java.util.Optional;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stage-gate lifecycle of a project: Initiation, G1, Planning, G2, Execution, G3, Closure,
 * G4. Keeps the project's stage and status and freezes the baseline; the reviews at each gate are
 * {@link org.pmoengine.gate.GateReviews}, the health ratings {@link
 * org.pmoengine.status.HealthRatings}.
 */
@Service
@Transactional
public class ProjectLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ProjectLifecycle.class);

  private final ProjectRepository projects;
  private final PlanService plans;

  public ProjectLifecycle(ProjectRepository projects, PlanService plans) {
    this.projects = projects;
    this.plans = plans;
  }

  /** Enters the first stage; returns the project manager, who does the stage work. */
  public String begin(String projectKey) {
    Project project = project(projectKey);
    project.enterStage(Gate.G1.stageBefore());
    log.info("Lifecycle of {} begins: stage {}, manager {}", projectKey, project.getStage(),
        project.getManager());
    return project.getManager();
  }

  /** Moves past a gate the board passed; returns the next gate. */
  public Gate advance(String projectKey, Gate passed) {
    if (passed == Gate.G4) {
      throw new IllegalStateException(projectKey + " has no gate after G4");
    }
    Gate next = Gate.values()[passed.ordinal() + 1];
    project(projectKey).enterStage(next.stageBefore());
    log.info("{} passed {}; stage {} begins", projectKey, passed, next.stageBefore());
    return next;
  }

  /** The project delivered and passed its closure gate. */
  public void close(String projectKey) {
    project(projectKey).end(ProjectStatus.CLOSED);
    log.info("{} closed", projectKey);
  }

  /** The board stopped the project at a gate: closure without delivery. */
  public void kill(String projectKey, Gate gate) {
    project(projectKey).end(ProjectStatus.KILLED);
    log.info("{} killed at {}", projectKey, gate);
  }

  /** The hook of the post-mortem: records that the lessons-learned review is due. */
  public void postMortemDue(String projectKey) {
    project(projectKey).postMortemIsDue();
    log.info("Post-mortem of {} is due", projectKey);
  }

  /**
   * Freezes the latest plan as the baseline; returns a note instead when the project has no plan
   * yet, so that the gate does not fail.
   */
  public Optional<String> freezeBaseline(String projectKey, String user) {
    if (!plans.hasPlan(projectKey)) {
      String note = projectKey + " has no plan yet: no baseline frozen at G2.";
      log.warn(note);
      return Optional.of(note);
    }
    PlanView baseline = plans.freezeBaseline(projectKey, user, "Baseline frozen at gate G2");
    log.info("{}: plan version {} is the baseline", projectKey, baseline.version());
    return Optional.empty();
  }

  private Project project(String projectKey) {
    return projects.getByKey(projectKey);
  }
}
