package org.pmoengine.project;

import java.util.List;
import org.pmoengine.project.ProjectTeam.TeamMember;
import org.pmoengine.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The team of a project: its readers list it, its keepers add and remove members. */
@RestController
@RequestMapping("/api/projects/{key}/team")
class TeamController {

  /** The body of a member added to the team. */
  record MemberForm(String role) {}

  private final ProjectTeam team;
  private final ProjectAccess access;
  private final CurrentUser user;

  TeamController(ProjectTeam team, ProjectAccess access, CurrentUser user) {
    this.team = team;
    this.access = access;
    this.user = user;
  }

  @GetMapping
  List<TeamMember> list(@PathVariable String key) {
    access.toRead(key);
    return team.team(key);
  }

  @PutMapping("/{userId}")
  TeamMember add(@PathVariable String key, @PathVariable String userId,
      @RequestBody(required = false) MemberForm form) {
    access.toWrite(key);
    return team.add(key, userId, form == null ? null : form.role(), user.id());
  }

  @DeleteMapping("/{userId}")
  ResponseEntity<Void> remove(@PathVariable String key, @PathVariable String userId) {
    access.toWrite(key);
    team.remove(key, userId);
    return ResponseEntity.noContent().build();
  }
}
