package org.pmoengine.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.register.IssueForm;
import org.pmoengine.register.IssueRegister;
import org.pmoengine.register.IssueSeverity;
import org.pmoengine.register.IssueStatus;
import org.pmoengine.register.RiskForm;
import org.pmoengine.register.RiskRegister;
import org.pmoengine.register.RiskStatus;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A weekly status report as the project manager types it in the form: progress per activity,
 * new risks and new issues, one per line. Every line is checked first; then the plan gets the
 * actuals as a new version (status date today) and the registers get the new entries. A wrong
 * line changes nothing and names itself.
 */
@Service
public class StatusReports {

  /** Fields of the status report form. */
  public static final String PROGRESS = "progress";
  public static final String NEW_RISKS = "newRisks";
  public static final String NEW_ISSUES = "newIssues";

  private record RiskLine(RiskForm form) {}

  private final PlanService plans;
  private final RiskRegister risks;
  private final IssueRegister issues;
  private final ProjectRepository projects;
  private final Clock clock;

  public StatusReports(PlanService plans, RiskRegister risks, IssueRegister issues,
      ProjectRepository projects, Clock clock) {
    this.plans = plans;
    this.risks = risks;
    this.issues = issues;
    this.projects = projects;
    this.clock = clock;
  }

  @Transactional
  public void apply(String projectKey, String progress, String newRisks, String newIssues,
      String userId) {
    checkManager(projectKey, userId);
    LocalDate today = LocalDate.now(clock);
    List<FieldProblem> problems = new ArrayList<>();
    Plan updated = progress(projectKey, lines(progress), today, problems);
    List<RiskForm> riskForms = risks(lines(newRisks), userId, problems);
    List<IssueForm> issueForms = issues(lines(newIssues), userId, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (updated != null) {
      plans.save(projectKey, updated, userId, "Status report of " + today);
    }
    riskForms.forEach(form -> risks.add(projectKey, form, userId));
    issueForms.forEach(form -> issues.add(projectKey, form, userId));
  }

  /** Only the project's manager reports its status. */
  private void checkManager(String projectKey, String userId) {
    Project project = projects.getByKey(projectKey);
    if (!project.getManager().equals(userId)) {
      throw new ForbiddenException("Only " + project.getManager() + ", the manager of "
          + projectKey + ", reports its status.");
    }
  }

  // "<activity> <percent> [<actual start>] [<actual finish>]"
  private Plan progress(String projectKey, List<String> lines, LocalDate today,
      List<FieldProblem> problems) {
    if (lines.isEmpty()) {
      return null;
    }
    PlanView latest;
    try {
      latest = plans.latest(projectKey);
    } catch (RuntimeException noPlan) {
      problems.add(new FieldProblem(PROGRESS, projectKey + " has no plan yet: add one first."));
      return null;
    }
    Map<String, Activity> byId = new HashMap<>();
    latest.plan().activities().forEach(a -> byId.put(a.id(), a));
    for (int n = 0; n < lines.size(); n++) {
      String[] parts = lines.get(n).split("\\s+");
      String where = "Line " + (n + 1) + " (" + lines.get(n) + "): ";
      Activity activity = byId.get(parts[0]);
      if (activity == null) {
        problems.add(new FieldProblem(PROGRESS, where + "the plan has no activity " + parts[0]
            + "."));
        continue;
      }
      try {
        double percent = Double.parseDouble(parts.length > 1 ? parts[1] : "x");
        LocalDate start = parts.length > 2 ? LocalDate.parse(parts[2])
            : activity.actualStart() != null ? activity.actualStart() : today;
        LocalDate finish = parts.length > 3 ? LocalDate.parse(parts[3]) : today;
        if (percent < 0 || percent > 100) {
          problems.add(new FieldProblem(PROGRESS, where + "percent complete is 0 to 100."));
        } else if (start.isAfter(today) || finish.isBefore(start)) {
          problems.add(new FieldProblem(PROGRESS,
              where + "the actual start must be on or before today and before the finish."));
        } else if (percent >= 100) {
          byId.put(activity.id(), activity.completed(start, finish));
        } else if (percent > 0) {
          int remaining = (int) Math.ceil(activity.durationDays() * (100 - percent) / 100);
          byId.put(activity.id(), activity.inProgress(start, percent, remaining));
        }
      } catch (NumberFormatException | DateTimeParseException e) {
        problems.add(new FieldProblem(PROGRESS,
            where + "write the activity, the percent complete and optionally the actual start"
                + " and finish as yyyy-mm-dd, e.g. \"build 60 2027-03-01\"."));
      }
    }
    List<Activity> activities = latest.plan().activities().stream()
        .map(a -> byId.get(a.id())).toList();
    return latest.plan().withActivities(activities).withStatusDate(today);
  }

  // "<title>; <probability 1-5>; <impact 1-5>"
  private static List<RiskForm> risks(List<String> lines, String userId,
      List<FieldProblem> problems) {
    List<RiskForm> forms = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String[] parts = lines.get(n).split(";");
      try {
        int probability = Integer.parseInt(parts[1].strip());
        int impact = Integer.parseInt(parts[2].strip());
        if (parts[0].isBlank() || probability < 1 || probability > 5 || impact < 1 || impact > 5) {
          throw new NumberFormatException();
        }
        forms.add(new RiskForm(parts[0].strip(), null, probability, impact, userId, null,
            RiskStatus.OPEN));
      } catch (RuntimeException e) {
        problems.add(new FieldProblem(NEW_RISKS, "Line " + (n + 1) + " (" + lines.get(n)
            + "): write the risk, its probability and its impact (1 to 5), e.g."
            + " \"Vendor delivers late; 3; 4\"."));
      }
    }
    return forms;
  }

  // "<title>; <due yyyy-mm-dd>; <LOW|MEDIUM|HIGH>"
  private static List<IssueForm> issues(List<String> lines, String userId,
      List<FieldProblem> problems) {
    List<IssueForm> forms = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String[] parts = lines.get(n).split(";");
      try {
        if (parts[0].isBlank()) {
          throw new IllegalArgumentException();
        }
        forms.add(new IssueForm(parts[0].strip(), null, userId, LocalDate.parse(parts[1].strip()),
            parts.length > 2 ? IssueSeverity.valueOf(parts[2].strip().toUpperCase())
                : IssueSeverity.MEDIUM, IssueStatus.OPEN));
      } catch (RuntimeException e) {
        problems.add(new FieldProblem(NEW_ISSUES, "Line " + (n + 1) + " (" + lines.get(n)
            + "): write the issue, its due date and its severity (low, medium, high), e.g."
            + " \"Test data missing; 2027-03-10; high\"."));
      }
    }
    return forms;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
