package org.pmoengine.project;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a project: its manager and sponsor, and the members the manager or the PMO
 * added. Members raise changes and are asked for lessons when the project ends.
 */
@Service
public class ProjectTeam {

  private static final Logger log = LoggerFactory.getLogger(ProjectTeam.class);
  static final String MANAGER = "Project manager";
  static final String SPONSOR = "Sponsor";

  /** One person of the team and the role they play. */
  public record TeamMember(String userId, String role) {}

  private final ProjectRepository projects;
  private final ProjectMemberRepository members;
  private final People people;
  private final Clock clock;

  public ProjectTeam(ProjectRepository projects, ProjectMemberRepository members,
      People people, Optional<Clock> clock) {
    this.projects = projects;
    this.members = members;
    this.people = people;
    this.clock = clock.orElse(Clock.systemDefaultZone());
  }

  /** The user ids of the team: the manager, the sponsor, then the added members; no repeats. */
  @Transactional(readOnly = true)
  public List<String> members(String projectKey) {
    return team(projectKey).stream().map(TeamMember::userId).toList();
  }

  @Transactional(readOnly = true)
  public boolean isMember(String projectKey, String userId) {
    return userId != null && members(projectKey).contains(userId);
  }

  /** The team with each member's role. */
  @Transactional(readOnly = true)
  public List<TeamMember> team(String projectKey) {
    Project project = find(projectKey);
    List<TeamMember> team = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    if (project.getManager() != null && seen.add(project.getManager())) {
      team.add(new TeamMember(project.getManager(), MANAGER));
    }
    if (project.getSponsor() != null && seen.add(project.getSponsor())) {
      team.add(new TeamMember(project.getSponsor(), SPONSOR));
    }
    for (ProjectMember m : members.findByProjectKeyOrderByAddedAtAscIdAsc(projectKey)) {
      if (seen.add(m.getUserId())) {
        team.add(new TeamMember(m.getUserId(), m.getRole()));
      }
    }
    return team;
  }

  /** Adds a known user to the team, or changes the role of one already in it. */
  @Transactional
  public TeamMember add(String projectKey, String userId, String role, String addedBy) {
    find(projectKey);
    List<FieldProblem> problems = new ArrayList<>();
    if (userId == null || userId.isBlank() || !people.exists(userId)) {
      problems.add(new FieldProblem("userId", "There is no user '" + userId + "'."));
    }
    if (role != null && role.length() > 100) {
      problems.add(new FieldProblem("role", "The role may have at most 100 characters."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String cleanRole = role == null || role.isBlank() ? null : role.strip();
    ProjectMember member = members.findByProjectKeyAndUserId(projectKey, userId)
        .orElseGet(() -> new ProjectMember(projectKey, userId, cleanRole, addedBy, Instant.now(clock)));
    member.playsRole(cleanRole);
    members.save(member);
    log.info("{} is in the team of {} as {}, added by {}", userId, projectKey, cleanRole, addedBy);
    return new TeamMember(userId, cleanRole);
  }

  /** Takes an added member off the team; the manager and the sponsor stay. */
  @Transactional
  public void remove(String projectKey, String userId) {
    find(projectKey);
    ProjectMember member = members.findByProjectKeyAndUserId(projectKey, userId)
        .orElseThrow(() -> new NotFoundException(userId + " is not an added member of "
            + projectKey + "."));
    members.delete(member);
    log.info("{} left the team of {}", userId, projectKey);
  }

  private Project find(String projectKey) {
    return projects.getByKey(projectKey);
  }
}
