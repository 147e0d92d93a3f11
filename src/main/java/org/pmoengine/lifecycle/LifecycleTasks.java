package org.pmoengine.lifecycle;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.gate.GateCriteria;
import org.pmoengine.gate.RequiredDeliverable;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.records.Display;
import org.pmoengine.records.TaskHeading;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle's tasks as people meet them in Tasklist: named with the project's key and name
 * (read from the project, never from a variable), due at the reminder deadline, the project
 * manager told by mail with the task's link, and the form's values as text with links to the
 * project's workspace page.
 */
@Service
@Transactional
public class LifecycleTasks {

  /** The stage-work form's checklist: one {@code id=Name} per required deliverable, {@code ;} apart. */
  public static final String DELIVERABLE_CHOICES = "deliverableChoices";

  /** A task opened: what Tasklist lists of it, and the values its form shows (task-local). */
  public record OpenedTask(TaskHeading heading, Map<String, Object> formFacts) {}

  private final ProjectRepository projects;
  private final GateCriteria criteria;
  private final LifecycleTimers timers;
  private final LifecycleMail mail;
  private final PmoProperties pmo;

  public LifecycleTasks(ProjectRepository projects, GateCriteria criteria, LifecycleTimers timers,
      LifecycleMail mail, PmoProperties pmo) {
    this.projects = projects;
    this.criteria = criteria;
    this.timers = timers;
    this.mail = mail;
    this.pmo = pmo;
  }

  /**
   * The stage work towards a gate: named {@code Stage work (Planning): PRJ-... name}, without a
   * deadline (the gate is reached when the work is done), the deliverables the rules require as
   * the checklist's choices, and a mail to the project manager.
   */
  public OpenedTask stageWorkOpened(String projectKey, Gate gate, String taskId,
      String assignee) {
    Project project = projects.getByKey(projectKey);
    String stage = Display.words(gate.stageBefore());
    TaskHeading heading = TaskHeading.of("Stage work (" + stage + ")", project.getKey(),
        project.getName(), null);
    List<RequiredDeliverable> required = criteria.deliverablesRequired(gate);
    Map<String, Object> facts = projectFacts(project);
    facts.put("stageName", stage);
    facts.put("gateTitle", gate.title());
    facts.put(LifecycleVariables.REQUIRED_DELIVERABLES, required.stream()
        .map(d -> capitalized(d.getName())).collect(Collectors.joining(", ")));
    facts.put(DELIVERABLE_CHOICES, required.stream()
        .map(d -> d.getId() + "=" + capitalized(d.getName())).collect(Collectors.joining(";")));
    mail.taskAssigned(project, heading, taskId, assignee,
        "Work the " + stage + " stage towards gate " + gate + " (" + gate.title() + "): "
            + "update the plan, the risks and the issues, then tick the deliverables done and "
            + "submit the stage.");
    return new OpenedTask(heading, facts);
  }

  /** Refuses ticks that are not deliverables of the gate, with the ones that can be ticked. */
  @Transactional(readOnly = true)
  public void checkDeliverables(Gate gate, Collection<String> ticked) {
    criteria.checkTicked(gate, ticked, LifecycleVariables.DELIVERABLES);
  }

  /** The weekly status report: due at the reminder deadline, the project manager told by mail. */
  public OpenedTask statusReportOpened(String projectKey, String taskId, String assignee) {
    Project project = projects.getByKey(projectKey);
    Date due = timers.reminderAt();
    TaskHeading heading = TaskHeading.of("Status report", project.getKey(), project.getName(),
        due);
    Map<String, Object> facts = projectFacts(project);
    facts.put("healthText", project.getHealth() == null ? "Not rated yet"
        : Display.words(project.getHealth()));
    facts.put("dueOn", Display.date(due));
    mail.taskAssigned(project, heading, taskId, assignee,
        "Report this week's progress, new risks and new issues by " + Display.date(due) + ".");
    return new OpenedTask(heading, facts);
  }

  /**
   * A gate review by the board ({@code Gate review G2: PRJ-... name}) or one member's vote in a
   * review by every member, due at the reminder deadline.
   *
   * @param vote true for a member's vote in a review by every member
   */
  @Transactional(readOnly = true)
  public OpenedTask gateReviewOpened(String projectKey, Gate gate, boolean vote) {
    Project project = projects.getByKey(projectKey);
    TaskHeading heading = TaskHeading.of("Gate review " + gate + (vote ? ", your vote" : ""),
        project.getKey(), project.getName(), timers.reminderAt());
    Map<String, Object> facts = projectFacts(project);
    facts.put("gateTitle", gate.title());
    return new OpenedTask(heading, facts);
  }

  private Map<String, Object> projectFacts(Project project) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("projectName", project.getName());
    facts.put("projectLink", pmo.projectUrl(project.getKey(), null));
    facts.put("planLink", pmo.projectUrl(project.getKey(), "plan"));
    facts.put("risksLink", pmo.projectUrl(project.getKey(), "risks"));
    return facts;
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
