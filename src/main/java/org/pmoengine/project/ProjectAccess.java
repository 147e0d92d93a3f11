package org.pmoengine.project;

import java.util.Arrays;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Who may see and change the registers of a project. The project manager, the PMO and
 * administrators keep them; the boards that decide on it (gate and change board), finance, the
 * sponsor and the team members read them.
 */
@Service
public class ProjectAccess {

  private final ProjectRepository projects;
  private final ProjectMemberRepository members;
  private final CurrentUser user;

  public ProjectAccess(ProjectRepository projects, ProjectMemberRepository members,
      CurrentUser user) {
    this.projects = projects;
    this.members = members;
    this.user = user;
  }

  /** The project, if the caller may read its registers. */
  public Project toRead(String projectKey) {
    Project project = find(projectKey);
    String id = user.id();
    if (id.equals(project.getManager()) || id.equals(project.getSponsor())
        || inAny(PmoGroups.PMO, PmoGroups.CAMUNDA_ADMIN, PmoGroups.GATE_BOARD, PmoGroups.FINANCE,
            PmoGroups.CHANGE_BOARD)
        || members.existsByProjectKeyAndUserId(projectKey, id)) {
      return project;
    }
    throw new ForbiddenException("You are not allowed to see the registers of " + projectKey + ".");
  }

  /**
   * The project, if the caller may change its registers: its manager, the PMO, administrators,
   * and the members of any further group given.
   */
  public Project toWrite(String projectKey, String... furtherGroups) {
    Project project = find(projectKey);
    if (user.id().equals(project.getManager())
        || inAny(PmoGroups.PMO, PmoGroups.CAMUNDA_ADMIN) || inAny(furtherGroups)) {
      return project;
    }
    throw new ForbiddenException(
        "Only the project manager or the PMO may change the registers of " + projectKey + ".");
  }

  /**
   * Whether the caller may change the registers, by the rule of {@link #toWrite}: pages use it
   * to offer their forms only to those whose changes would be accepted.
   */
  public boolean mayWrite(String projectKey, String... furtherGroups) {
    try {
      toWrite(projectKey, furtherGroups);
      return true;
    } catch (ForbiddenException refused) {
      return false;
    }
  }

  private Project find(String projectKey) {
    return projects.getByKey(projectKey);
  }

  private boolean inAny(String... groups) {
    return Arrays.stream(groups).anyMatch(user::isMemberOf);
  }
}
