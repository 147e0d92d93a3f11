package org.pmoengine.workspace;

import java.time.Clock;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.Rag;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page at {@code /}: what waits for the signed-in person (tasks, with links into Tasklist),
 * their requests and their projects, and for those who oversee it the portfolio at a glance.
 */
@Controller
class HomeController {

  static final int TASKS_SHOWN = 12;

  private final OpenTasks tasks;
  private final ProjectRequestRepository requests;
  private final ProjectRepository projects;
  private final Clock clock;

  HomeController(OpenTasks tasks, ProjectRequestRepository requests, ProjectRepository projects,
      Clock clock) {
    this.tasks = tasks;
    this.requests = requests;
    this.projects = projects;
    this.clock = clock;
  }

  @GetMapping("/")
  @Transactional(readOnly = true)
  String home(@ModelAttribute("viewer") Viewer viewer, Model model) {
    model.addAttribute("now", Date.from(clock.instant()));
    model.addAttribute("tasks", tasks.waitingFor(viewer.id(), viewer.groups(), TASKS_SHOWN));
    model.addAttribute("taskCount", tasks.countWaitingFor(viewer.id(), viewer.groups()));
    List<ProjectRequest> mine = requests.findBySubmittedByOrderBySubmittedAtDesc(viewer.id());
    model.addAttribute("requests", mine.stream().limit(10).toList());
    model.addAttribute("requestCount", mine.size());
    List<Project> involved = projects.involving(viewer.id());
    model.addAttribute("projects", involved.stream().limit(10).toList());
    model.addAttribute("projectCount", involved.size());
    if (viewer.seesPortfolio()) {
      Map<Rag, Long> counts = ragCounts();
      model.addAttribute("ragCounts", counts);
      long active = projects.countByStatus(ProjectStatus.ACTIVE);
      model.addAttribute("activeCount", active);
      model.addAttribute("unratedCount",
          active - counts.values().stream().mapToLong(Long::longValue).sum());
    }
    return "workspace/home";
  }

  private Map<Rag, Long> ragCounts() {
    Map<Rag, Long> counts = new EnumMap<>(Rag.class);
    for (Rag rag : Rag.values()) {
      counts.put(rag, 0L);
    }
    for (Object[] row : projects.activeByHealth()) {
      if (row[0] != null) {
        counts.put((Rag) row[0], (Long) row[1]);
      }
    }
    return counts;
  }
}
