package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectKeys;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.project.Stage;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.PlanProblem;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.web.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a change request field by field, and against the project and its latest plan: a member
 * of the team raises it, the project is in Planning or Execution, and every change applies to the
 * plan. Nothing is stored here.
 */
@Component
public class ChangeChecks {

  /** The stages in which a project takes changes. */
  public static final Set<Stage> CHANGE_STAGES = Set.of(Stage.PLANNING, Stage.EXECUTION);

  static final int MAX_TEXT = 4000;
  static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999999.99");

  private final ProjectRepository projects;
  private final ProjectTeam team;
  private final PlanService plans;

  public ChangeChecks(ProjectRepository projects, ProjectTeam team, PlanService plans) {
    this.projects = projects;
    this.team = team;
    this.plans = plans;
  }

  /** Whether the project takes changes now: active, in Planning or Execution. */
  public static boolean acceptsChanges(Project project) {
    return project.getStatus() == ProjectStatus.ACTIVE
        && CHANGE_STAGES.contains(project.getStage());
  }

  /**
   * Every problem of the request, each once.
   *
   * @param unreadable fields whose values could not even be read
   */
  @Transactional(readOnly = true)
  public List<FieldProblem> problemsOf(String projectKey, ChangeRequestForm form,
      List<FieldProblem> unreadable, String userId) {
    List<FieldProblem> problems = new ArrayList<>(unreadable);
    Optional<Plan> plan = projectProblems(projectKey, userId, problems);
    if (form.justification() == null || form.justification().isBlank()) {
      problems.add(new FieldProblem(JUSTIFICATION, "Say why the change is needed."));
    } else if (form.justification().strip().length() > MAX_TEXT) {
      problems.add(new FieldProblem(JUSTIFICATION,
          "The justification is too long: at most " + MAX_TEXT + " characters."));
    }
    BigDecimal budget = form.budgetAsked();
    if (budget != null && (budget.signum() < 0 || budget.compareTo(MAX_BUDGET) > 0
        || budget.stripTrailingZeros().scale() > 2)) {
      problems.add(new FieldProblem(BUDGET_ASKED,
          "Enter the budget asked as an amount of 0 or more, with at most two decimals."));
    }
    boolean changesUnread = unreadable.stream().anyMatch(p -> p.field().equals(CHANGES));
    if (!changesUnread) {
      changeProblems(form, plan, problems);
    }
    return problems;
  }

  private Optional<Plan> projectProblems(String projectKey, String userId,
      List<FieldProblem> problems) {
    if (!ProjectKeys.isValid(projectKey)) {
      problems.add(new FieldProblem(PROJECT_KEY,
          "Enter the key of your project, such as PRJ-2026-0001."));
      return Optional.empty();
    }
    Project project = projects.findByKey(projectKey).orElse(null);
    if (project == null) {
      problems.add(new FieldProblem(PROJECT_KEY, "There is no project " + projectKey + "."));
      return Optional.empty();
    }
    if (!team.isMember(projectKey, userId)) {
      problems.add(new FieldProblem(PROJECT_KEY, "Only a member of the team of " + projectKey
          + " may raise a change to it."));
      return Optional.empty();
    }
    if (!acceptsChanges(project)) {
      problems.add(new FieldProblem(PROJECT_KEY, projectKey + " is "
          + (project.getStage() == null ? project.getStatus() : "in stage " + project.getStage())
          + ": changes are raised while a project is in Planning or Execution."));
      return Optional.empty();
    }
    Optional<Plan> plan = plans.latestIfAny(projectKey).map(PlanView::plan);
    if (plan.isEmpty()) {
      problems.add(new FieldProblem(PROJECT_KEY, projectKey
          + " has no plan yet, so a change can't be analysed against it."));
    }
    return plan;
  }

  private static void changeProblems(ChangeRequestForm form, Optional<Plan> plan,
      List<FieldProblem> problems) {
    boolean asksBudget = form.budgetAsked() != null && form.budgetAsked().signum() > 0;
    if (form.changes().isEmpty() && !asksBudget) {
      problems.add(new FieldProblem(CHANGES,
          "Name at least one change to the plan, or ask for budget."));
      return;
    }
    boolean complete = true;
    for (int i = 0; i < form.changes().size(); i++) {
      ChangeItem item = form.changes().get(i);
      List<String> missing = item == null ? List.of("describe the change") : item.problems();
      if (!missing.isEmpty()) {
        complete = false;
        problems.add(new FieldProblem(CHANGES,
            "Change " + (i + 1) + ": " + String.join(", ", missing) + "."));
      }
    }
    if (complete && plan.isPresent()) {
      try {
        Plan changed = ImpactAnalysis.apply(plan.get(),
            ChangeService.planChanges(form.changes()));
        changed.problems().forEach(p -> problems.add(new FieldProblem(CHANGES,
            "After the change: " + p.message())));
      } catch (PlanValidationException e) {
        e.problems().stream().map(PlanProblem::message)
            .forEach(m -> problems.add(new FieldProblem(CHANGES, m)));
      }
    }
  }

  /** What is wrong with an approver's decision; empty when it is complete. */
  static List<FieldProblem> decisionProblems(String decision, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null || !List.of("APPROVE", "REJECT").contains(decision.strip())) {
      problems.add(new FieldProblem(DECISION, "Choose approve or reject."));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem(DECISION_REASON, "Give a reason for the decision."));
    } else if (reason.strip().length() > MAX_TEXT) {
      problems.add(new FieldProblem(DECISION_REASON,
          "The reason is too long: at most " + MAX_TEXT + " characters."));
    }
    return problems;
  }
}
