package org.pmoengine.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.budget.EarnedValueCurve;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.gate.GateDecision;
import org.pmoengine.gate.GateReviews;
import org.pmoengine.plans.PlanKind;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;
import org.pmoengine.scoring.DecisionRecordRepository;
import org.pmoengine.status.HealthRules;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The overview of a project: its stage and health with the reasons the rules gave, earned value
 * with its S-curve, the next gate, the milestones against the baseline, the latest status report
 * and the open tasks of its processes.
 */
@Controller
class ProjectOverviewController {

  static final int MILESTONES_SHOWN = 12;
  static final String STATUS_REPORT = "Status report";

  /** A milestone's forecast against its baseline date; slip in working days, null without one. */
  record Milestone(String name, LocalDate forecast, LocalDate baseline, Integer slipDays) {}

  /** The latest status report: when, by whom, and the plan version it produced. */
  record StatusReport(Instant at, String by, String reason, int version, LocalDate finish) {}

  private final ProjectPages pages;
  private final ProjectEarnedValue earnedValue;
  private final BudgetRegisters budget;
  private final PlanService plans;
  private final GateReviews gates;
  private final DecisionRecordRepository decisions;
  private final DecisionTexts texts;
  private final OpenTasks tasks;
  private final ObjectMapper json;

  ProjectOverviewController(ProjectPages pages, ProjectEarnedValue earnedValue,
      BudgetRegisters budget, PlanService plans, GateReviews gates,
      DecisionRecordRepository decisions, DecisionTexts texts, OpenTasks tasks,
      ObjectMapper json) {
    this.pages = pages;
    this.earnedValue = earnedValue;
    this.budget = budget;
    this.plans = plans;
    this.gates = gates;
    this.decisions = decisions;
    this.texts = texts;
    this.tasks = tasks;
    this.json = json;
  }

  @GetMapping("/projects/{key}")
  @Transactional(readOnly = true)
  String overview(@PathVariable String key, @ModelAttribute("viewer") Viewer viewer, Model model) {
    Project project = pages.open(key, "overview", model);
    model.addAttribute("health", decisions
        .findByDecisionAreaAndSubjectKeyOrderByDecidedAtDesc(HealthRules.DECISION_AREA, key)
        .stream().findFirst().map(texts::of).orElse(null));
    model.addAttribute("ev", project.getBudget() == null ? null : earnedValue.of(key));
    model.addAttribute("currency", budget.currencyOf(key));
    EarnedValueCurve curve = project.getBudget() == null ? null : earnedValue.curve(key);
    model.addAttribute("curve", curve == null || curve.isEmpty() ? null : chartData(curve));
    model.addAttribute("statusDate", curve == null ? null : curve.statusDate());
    model.addAttribute("nextGate", nextGate(project));
    List<GateDecision> decided = gates.decisions(key);
    model.addAttribute("lastGate", decided.isEmpty() ? null : decided.get(decided.size() - 1));
    Optional<PlanView> latest = plans.latestIfAny(key);
    Optional<PlanView> baseline = plans.latestBaseline(key);
    model.addAttribute("plan", latest.orElse(null));
    model.addAttribute("baseline", baseline.orElse(null));
    model.addAttribute("milestones", latest.map(p -> milestones(p, baseline.orElse(null)))
        .orElse(List.of()));
    model.addAttribute("slipDays", plans.slipDays(key).orElse(null));
    model.addAttribute("report", latestReport(key));
    model.addAttribute("tasks", tasks.ofRecord(key, viewer.id(), 10));
    return "workspace/project-overview";
  }

  /** The gate that ends the stage the project works in; none once it has ended. */
  static Gate nextGate(Project project) {
    if (project.getStage() == null || project.getStatus() == null
        || project.getStatus().isEnded()) {
      return null;
    }
    for (Gate gate : Gate.values()) {
      if (gate.stageBefore() == project.getStage()) {
        return gate;
      }
    }
    return null;
  }

  /**
   * The milestones (activities of no duration) of the latest version, and the project's finish,
   * each against the latest baseline; slip in working days of the plan's calendar.
   */
  static List<Milestone> milestones(PlanView latest, PlanView baseline) {
    Plan plan = latest.plan();
    Map<String, ScheduledActivity> base = baseline == null ? Map.of() : baseline.schedule().byId();
    List<Milestone> list = new ArrayList<>();
    latest.schedule().activities().stream()
        .filter(a -> a.durationDays() == 0)
        .sorted(Comparator.comparing(ScheduledActivity::startDate))
        .limit(MILESTONES_SHOWN)
        .forEach(a -> {
          ScheduledActivity b = base.get(a.id());
          LocalDate baseDate = b == null ? null : b.startDate();
          list.add(new Milestone(a.name() == null || a.name().isBlank() ? a.id() : a.name(),
              a.startDate(), baseDate, slip(plan, a.startDate(), baseDate)));
        });
    LocalDate baseFinish = baseline == null ? null : baseline.finishDate();
    list.add(new Milestone("Project finish", latest.finishDate(), baseFinish,
        slip(plan, latest.finishDate(), baseFinish)));
    return list;
  }

  private static Integer slip(Plan plan, LocalDate forecast, LocalDate baseline) {
    if (forecast == null || baseline == null || plan.projectStart() == null) {
      return null;
    }
    return plan.calendar().offsetOf(plan.projectStart(), forecast)
        - plan.calendar().offsetOf(plan.projectStart(), baseline);
  }

  private StatusReport latestReport(String key) {
    List<PlanView> history = plans.history(key);
    for (int i = history.size() - 1; i >= 0; i--) {
      PlanView v = history.get(i);
      if (v.kind() == PlanKind.CURRENT && v.reason() != null
          && v.reason().startsWith(STATUS_REPORT)) {
        return new StatusReport(v.createdAt(), v.createdBy(), v.reason(), v.version(),
            v.finishDate());
      }
    }
    return null;
  }

  /** The curve as the chart script reads it from the page: dates and the three series. */
  private String chartData(EarnedValueCurve curve) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("dates", curve.dates().stream().map(LocalDate::toString).toList());
    data.put("planned", curve.planned());
    data.put("earned", curve.earned());
    data.put("actual", curve.actual());
    data.put("budget", curve.budgetAtCompletion());
    data.put("statusDate", curve.statusDate() == null ? null : curve.statusDate().toString());
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The earned value curve cannot be written", e);
    }
  }
}
