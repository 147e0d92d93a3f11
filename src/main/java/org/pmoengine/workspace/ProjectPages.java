package org.pmoengine.workspace;

import java.util.List;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectAccess;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every tab of a project's page starts with: the project, if the viewer may read it (the
 * same check as the API's, {@link ProjectAccess}), and the tabs of its header.
 */
@Component
public class ProjectPages {

  /** A tab of the project page: its path below {@code /projects/{key}} and its title. */
  public record Tab(String id, String path, String title) {}

  public static final List<Tab> TABS = List.of(
      new Tab("overview", "", "Overview"),
      new Tab("plan", "/plan", "Plan"),
      new Tab("registers", "/registers", "Risks and issues"),
      new Tab("budget", "/budget", "Budget"),
      new Tab("decisions", "/decisions", "Changes and decisions"),
      new Tab("team", "/team", "Team"));

  private final ProjectAccess access;

  ProjectPages(ProjectAccess access) {
    this.access = access;
  }

  /** Puts the project and the active tab in the model; refuses a viewer who may not read it. */
  public Project open(String projectKey, String tab, Model model) {
    Project project = access.toRead(projectKey);
    model.addAttribute("project", project);
    model.addAttribute("tab", tab);
    model.addAttribute("tabs", TABS);
    return project;
  }
}
