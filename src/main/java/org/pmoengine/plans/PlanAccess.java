package org.pmoengine.plans;

import org.pmoengine.project.ProjectAccess;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Who reads and who changes a project's plan, one check for the API and the workspace pages: the
 * plan is read by those who may read the project's registers and by the PMO; the PMO (and
 * administrators) and the project's manager change it.
 */
@Service
public class PlanAccess {

  private final CurrentUser currentUser;
  private final ProjectRepository projects;
  private final ProjectAccess access;

  public PlanAccess(CurrentUser currentUser, ProjectRepository projects, ProjectAccess access) {
    this.currentUser = currentUser;
    this.projects = projects;
    this.access = access;
  }

  /** The PMO reads every plan, including plans of keys that have no project record yet. */
  public void requireReader(String key) {
    if (!isPmo()) {
      access.toRead(key);
    }
  }

  /** Refuses anybody but the PMO and the project's manager. */
  public void requirePlanner(String key) {
    if (!mayPlan(key)) {
      throw new ForbiddenException(
          "Only the PMO or the project manager may change the plan of " + key + ".");
    }
  }

  /** Whether the signed-in user may change the plan, for pages that offer the forms. */
  public boolean mayPlan(String key) {
    return isPmo() || projects.findByKey(key)
        .map(p -> currentUser.id().equals(p.getManager())).orElse(false);
  }

  private boolean isPmo() {
    return currentUser.isMemberOf(PmoGroups.PMO) || currentUser.isMemberOf(PmoGroups.CAMUNDA_ADMIN);
  }
}
