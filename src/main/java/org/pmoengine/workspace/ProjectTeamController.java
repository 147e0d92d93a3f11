package org.pmoengine.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmoengine.project.People;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectAccess;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.project.ProjectTeam.TeamMember;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team of a project with each member's role. Its keepers (the manager, the PMO) add and
 * remove members, with the checks of the team API ({@link ProjectAccess#toWrite}, {@link
 * ProjectTeam}).
 */
@Controller
class ProjectTeamController {

  /** One member as the page lists them: who, their role, and whether they can be removed. */
  record Row(String userId, String name, String email, String role, boolean added) {}

  private final ProjectPages pages;
  private final ProjectTeam team;
  private final ProjectAccess access;
  private final People people;

  ProjectTeamController(ProjectPages pages, ProjectTeam team, ProjectAccess access,
      People people) {
    this.pages = pages;
    this.team = team;
    this.access = access;
    this.people = people;
  }

  @GetMapping("/projects/{key}/team")
  String team(@PathVariable String key, Model model) {
    return page(key, model);
  }

  @PostMapping("/projects/{key}/team")
  String add(@PathVariable String key, @RequestParam(defaultValue = "") String userId,
      @RequestParam(required = false) String role, @ModelAttribute("viewer") Viewer viewer,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    pages.open(key, "team", model);
    access.toWrite(key);
    String id = userId.strip();
    try {
      TeamMember added = team.add(key, id, role, viewer.id());
      redirect.addFlashAttribute("notice", nameOf(added.userId()) + " is in the team"
          + (added.role() == null ? "." : " as " + added.role() + "."));
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", e.problems().stream()
          .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
      model.addAttribute("userId", userId);
      model.addAttribute("role", role);
      return page(key, model);
    }
    return "redirect:/projects/" + key + "/team";
  }

  @PostMapping("/projects/{key}/team/remove")
  String remove(@PathVariable String key, @RequestParam String userId, Model model,
      RedirectAttributes redirect) {
    pages.open(key, "team", model);
    access.toWrite(key);
    team.remove(key, userId);
    redirect.addFlashAttribute("notice", nameOf(userId) + " has left the team.");
    return "redirect:/projects/" + key + "/team";
  }

  private String page(String key, Model model) {
    Project project = pages.open(key, "team", model);
    List<TeamMember> members = team.team(key);
    Map<String, People.Person> known = people.find(members.stream().map(TeamMember::userId)
        .toList()).stream().collect(Collectors.toMap(People.Person::id, Function.identity(),
            (a, b) -> a));
    model.addAttribute("members", members.stream().map(m -> {
      People.Person p = known.get(m.userId());
      // the manager and the sponsor are on the project record; only added members leave
      boolean added = !m.userId().equals(project.getManager())
          && !m.userId().equals(project.getSponsor());
      return new Row(m.userId(), p == null ? m.userId() : p.name(),
          p == null || !p.hasEmail() ? null : p.email(), m.role(), added);
    }).toList());
    model.addAttribute("mayEdit", mayEdit(key));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "workspace/project-team";
  }

  private boolean mayEdit(String key) {
    try {
      access.toWrite(key);
      return true;
    } catch (ForbiddenException e) {
      return false;
    }
  }

  private String nameOf(String userId) {
    return people.find(userId).map(People.Person::name).orElse(userId);
  }
}
