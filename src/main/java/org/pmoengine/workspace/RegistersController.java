package org.pmoengine.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.pmoengine.project.People;
import org.pmoengine.project.ProjectAccess;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.register.Issue;
import org.pmoengine.register.IssueForm;
import org.pmoengine.register.IssueRegister;
import org.pmoengine.register.IssueSeverity;
import org.pmoengine.register.IssueStatus;
import org.pmoengine.register.RegisterChange;
import org.pmoengine.register.Risk;
import org.pmoengine.register.RiskForm;
import org.pmoengine.register.RiskRegister;
import org.pmoengine.register.RiskStatus;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Risks and issues" tab of a project: both registers with each entry's history, and for
 * those who keep them forms to add, edit, close and reopen entries. Every change goes through
 * the registers the API uses, so the same checks and the same history apply. A form with
 * mistakes comes back with a message next to each field; a good one redirects (with htmx only
 * the register's section is swapped).
 */
@Controller
@RequestMapping("/projects/{key}/registers")
class RegistersController {

  static final String TAB = "registers";

  /** A risk as typed in the form: text, so that any input can be shown again. */
  record RiskInput(String title, String description, String probability, String impact,
      String owner, String mitigation, String status) {

    static RiskInput of(Risk r) {
      return new RiskInput(r.getTitle(), r.getDescription(), "" + r.getProbability(),
          "" + r.getImpact(), r.getOwner(), r.getMitigation(), r.getStatus().name());
    }

    RiskForm form(RiskStatus newStatus) {
      return new RiskForm(title, description, number(probability), number(impact), owner,
          mitigation, newStatus);
    }
  }

  /** An issue as typed in the form. */
  record IssueInput(String title, String description, String owner, String dueDate,
      String severity, String status) {

    static IssueInput of(Issue i) {
      return new IssueInput(i.getTitle(), i.getDescription(), i.getOwner(),
          i.getDueDate().toString(), i.getSeverity().name(), i.getStatus().name());
    }
  }

  /** A risk as the page lists it. */
  record RiskRow(Risk risk, String level, RiskInput values, List<RegisterChange> history) {}

  /** An issue as the page lists it. */
  record IssueRow(Issue issue, boolean overdue, IssueInput values,
      List<RegisterChange> history) {}

  private final ProjectPages pages;
  private final ProjectAccess access;
  private final RiskRegister risks;
  private final IssueRegister issues;
  private final ProjectTeam team;
  private final People people;
  private final CurrentUser user;

  RegistersController(ProjectPages pages, ProjectAccess access, RiskRegister risks,
      IssueRegister issues, ProjectTeam team, People people, CurrentUser user) {
    this.pages = pages;
    this.access = access;
    this.risks = risks;
    this.issues = issues;
    this.team = team;
    this.people = people;
    this.user = user;
  }

  @GetMapping
  String page(@PathVariable String key, Model model) {
    pages.open(key, TAB, model);
    Map<Long, List<RegisterChange>> riskHistory = risks.histories(key);
    Map<Long, List<RegisterChange>> issueHistory = issues.histories(key);
    LocalDate today = issues.today();
    List<RiskRow> riskRows = risks.of(key).stream()
        .map(r -> new RiskRow(r, level(r.getScore()), RiskInput.of(r),
            riskHistory.getOrDefault(r.getId(), List.of())))
        .toList();
    List<IssueRow> issueRows = issues.of(key).stream()
        .map(i -> new IssueRow(i, i.isOverdueOn(today), IssueInput.of(i),
            issueHistory.getOrDefault(i.getId(), List.of())))
        .toList();
    model.addAttribute("risks", riskRows);
    model.addAttribute("issues", issueRows);
    model.addAttribute("openRisks",
        riskRows.stream().filter(r -> r.risk().getStatus() != RiskStatus.CLOSED).count());
    model.addAttribute("highRisks", risks.openHighRisks(key).size());
    model.addAttribute("openIssues",
        issueRows.stream().filter(i -> i.issue().getStatus() != IssueStatus.DONE).count());
    model.addAttribute("overdueIssues", issueRows.stream().filter(IssueRow::overdue).count());
    model.addAttribute("canWrite", access.mayWrite(key));
    model.addAttribute("names", names(key, riskRows, issueRows));
    model.addAttribute("teamIds", team.members(key));
    model.addAttribute("riskStatuses", RiskStatus.values());
    model.addAttribute("issueStatuses", IssueStatus.values());
    model.addAttribute("severities", IssueSeverity.values());
    model.addAttribute("ratings", RATINGS);
    model.addAttribute("today", today.toString());
    model.addAttribute("newRisk", new RiskInput(null, null, null, null, null, null, null));
    model.addAttribute("newIssue", new IssueInput(null, null, null, null, "MEDIUM", null));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("failed", "");
      model.addAttribute("errors", Map.of());
    }
    return "workspace/registers";
  }

  @PostMapping("/risks")
  String addRisk(@PathVariable String key, @ModelAttribute("input") RiskInput input, Model model,
      RedirectAttributes redirect) {
    access.toWrite(key);
    return attempt(key, "risk-new", input, model, redirect, () -> {
      Risk risk = risks.add(key, input.form(null), user.id());
      return done(redirect, key, "risks", "Risk “" + risk.getTitle() + "” added.",
          "risk-" + risk.getId());
    });
  }

  @PostMapping("/risks/{id}")
  String updateRisk(@PathVariable String key, @PathVariable long id,
      @ModelAttribute("input") RiskInput input, Model model, RedirectAttributes redirect) {
    access.toWrite(key);
    return attempt(key, "risk-" + id, input, model, redirect, () -> {
      Risk risk = risks.update(key, id, input.form(riskStatus(input.status())), user.id());
      return done(redirect, key, "risks", "Risk “" + risk.getTitle() + "” saved.",
          "risk-" + id);
    });
  }

  @PostMapping("/risks/{id}/close")
  String closeRisk(@PathVariable String key, @PathVariable long id, RedirectAttributes redirect) {
    return setRiskStatus(key, id, RiskStatus.CLOSED, "closed", redirect);
  }

  @PostMapping("/risks/{id}/reopen")
  String reopenRisk(@PathVariable String key, @PathVariable long id,
      RedirectAttributes redirect) {
    return setRiskStatus(key, id, RiskStatus.OPEN, "reopened", redirect);
  }

  @PostMapping("/issues")
  String addIssue(@PathVariable String key, @ModelAttribute("input") IssueInput input,
      Model model, RedirectAttributes redirect) {
    access.toWrite(key);
    return attempt(key, "issue-new", input, model, redirect, () -> {
      Issue issue = issues.add(key, issueForm(input, null), user.id());
      return done(redirect, key, "issues", "Issue “" + issue.getTitle() + "” added.",
          "issue-" + issue.getId());
    });
  }

  @PostMapping("/issues/{id}")
  String updateIssue(@PathVariable String key, @PathVariable long id,
      @ModelAttribute("input") IssueInput input, Model model, RedirectAttributes redirect) {
    access.toWrite(key);
    return attempt(key, "issue-" + id, input, model, redirect, () -> {
      IssueStatus status = enumOf(IssueStatus.class, input.status());
      Issue issue = issues.update(key, id, issueForm(input, status), user.id());
      return done(redirect, key, "issues", "Issue “" + issue.getTitle() + "” saved.",
          "issue-" + id);
    });
  }

  @PostMapping("/issues/{id}/close")
  String closeIssue(@PathVariable String key, @PathVariable long id,
      RedirectAttributes redirect) {
    return setIssueStatus(key, id, IssueStatus.DONE, "marked done", redirect);
  }

  @PostMapping("/issues/{id}/reopen")
  String reopenIssue(@PathVariable String key, @PathVariable long id,
      RedirectAttributes redirect) {
    return setIssueStatus(key, id, IssueStatus.OPEN, "reopened", redirect);
  }

  private String setRiskStatus(String key, long id, RiskStatus status, String verb,
      RedirectAttributes redirect) {
    access.toWrite(key);
    Risk risk = risks.update(key, id, RiskInput.of(risks.get(key, id)).form(status), user.id());
    return done(redirect, key, "risks", "Risk “" + risk.getTitle() + "” " + verb + ".",
        "risk-" + id);
  }

  private String setIssueStatus(String key, long id, IssueStatus status, String verb,
      RedirectAttributes redirect) {
    access.toWrite(key);
    Issue current = issues.get(key, id);
    IssueForm form = new IssueForm(current.getTitle(), current.getDescription(),
        current.getOwner(), current.getDueDate(), current.getSeverity(), status);
    Issue issue = issues.update(key, id, form, user.id());
    return done(redirect, key, "issues", "Issue “" + issue.getTitle() + "” " + verb + ".",
        "issue-" + id);
  }

  /**
   * Runs the change; on invalid input shows the page again with the typed values and a message
   * next to each field (status 200, so htmx swaps it in as it would the good answer).
   */
  private String attempt(String key, String formId, Object input, Model model,
      RedirectAttributes redirect, Supplier<String> change) {
    try {
      return change.get();
    } catch (InvalidInputException invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldProblem problem : invalid.problems()) {
        errors.putIfAbsent(problem.field(), problem.message());
      }
      if (input instanceof IssueInput issue && !blank(issue.dueDate())
          && date(issue.dueDate()) == null) {
        errors.put("dueDate", "Enter the due date as a date, such as 2026-12-31.");
      }
      model.addAttribute("failed", formId);
      model.addAttribute("errors", errors);
      model.addAttribute("input", input);
      return page(key, model);
    }
  }

  private static String done(RedirectAttributes redirect, String key, String section,
      String notice, String anchor) {
    redirect.addFlashAttribute(section + "Notice", notice);
    return "redirect:/projects/" + key + "/registers#" + anchor;
  }

  private static IssueForm issueForm(IssueInput input, IssueStatus status) {
    return new IssueForm(input.title(), input.description(), input.owner(),
        date(input.dueDate()), enumOf(IssueSeverity.class, input.severity()), status);
  }

  private static RiskStatus riskStatus(String status) {
    return enumOf(RiskStatus.class, status);
  }

  /** The words of a risk score: high from the score the rules count as high. */
  static String level(int score) {
    return score >= RiskRegister.HIGH_RISK_SCORE ? "High" : score >= 6 ? "Medium" : "Low";
  }

  static final List<String> RATINGS = List.of("Very low", "Low", "Medium", "High", "Very high");

  private Map<String, String> names(String key, List<RiskRow> riskRows, List<IssueRow> issueRows) {
    Set<String> ids = new LinkedHashSet<>(team.members(key));
    for (RiskRow row : riskRows) {
      ids.add(row.risk().getOwner());
      row.history().forEach(change -> ids.add(change.getChangedBy()));
    }
    for (IssueRow row : issueRows) {
      ids.add(row.issue().getOwner());
      row.history().forEach(change -> ids.add(change.getChangedBy()));
    }
    Map<String, String> names = new HashMap<>();
    ids.forEach(id -> names.put(id, people.find(id).map(People.Person::name).orElse(id)));
    return names;
  }

  static Integer number(String text) {
    try {
      return blank(text) ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  static LocalDate date(String text) {
    try {
      return blank(text) ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
    try {
      return blank(text) ? null : Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
