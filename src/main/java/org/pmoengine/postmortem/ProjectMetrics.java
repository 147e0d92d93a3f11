package org.pmoengine.postmortem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.budget.EarnedValue;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.intake.Decision;
import org.pmoengine.intake.ReviewDecisionRepository;
import org.pmoengine.plans.PlanKind;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.postmortem.PostMortemMetrics.CostVariance;
import org.pmoengine.postmortem.PostMortemMetrics.GateTime;
import org.pmoengine.postmortem.PostMortemMetrics.KindAccuracy;
import org.pmoengine.postmortem.PostMortemMetrics.Rework;
import org.pmoengine.postmortem.PostMortemMetrics.ScheduleVariance;
import org.pmoengine.project.Project;
import org.pmoengine.scheduling.Plan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the metrics of a finished project from its plans, bookings, changes and history. */
@Service
public class ProjectMetrics {

  private final PlanService plans;
  private final BudgetRegisters budget;
  private final ProjectEarnedValue earnedValue;
  private final ChangeRegister changes;
  private final LifecycleHistory history;
  private final ReviewDecisionRepository reviews;

  public ProjectMetrics(PlanService plans, BudgetRegisters budget, ProjectEarnedValue earnedValue,
      ChangeRegister changes, LifecycleHistory history, ReviewDecisionRepository reviews) {
    this.plans = plans;
    this.budget = budget;
    this.earnedValue = earnedValue;
    this.changes = changes;
    this.history = history;
    this.reviews = reviews;
  }

  @Transactional(readOnly = true)
  public PostMortemMetrics of(Project project) {
    String key = project.getKey();
    List<PlanView> versions = plans.history(key);
    List<PlanView> baselines = versions.stream().filter(v -> v.kind() == PlanKind.BASELINE)
        .toList();
    ScheduleVariance schedule = null;
    List<KindAccuracy> estimation = List.of();
    if (!baselines.isEmpty()) {
      PlanView first = baselines.get(0);
      PlanView latest = versions.get(versions.size() - 1);
      schedule = scheduleVariance(first, baselines.get(baselines.size() - 1), latest,
          baselines.size());
      estimation = EstimationAccuracy.of(first.plan(), latest.plan());
    }
    List<GateTime> gates = GateTimes.of(history.taskSpans(key));
    int moreInformation = project.getRequestKey() == null ? 0
        : (int) reviews.findByRequestKeyOrderByDecidedAtAscIdAsc(project.getRequestKey()).stream()
            .filter(d -> d.getDecision() == Decision.MORE_INFO).count();
    return new PostMortemMetrics(schedule, cost(project), changes.of(key), estimation, gates,
        new Rework(GateTimes.recycles(gates), moreInformation));
  }

  /** Working days between the finishes, counted in the latest plan's calendar from its start. */
  static ScheduleVariance scheduleVariance(PlanView first, PlanView last, PlanView latest,
      int baselines) {
    Plan plan = latest.plan();
    int finish = plan.calendar().offsetOf(plan.projectStart(), latest.finishDate());
    return new ScheduleVariance(first.finishDate(), last.finishDate(), latest.finishDate(),
        finish - plan.calendar().offsetOf(plan.projectStart(), first.finishDate()),
        finish - plan.calendar().offsetOf(plan.projectStart(), last.finishDate()), baselines);
  }

  private CostVariance cost(Project project) {
    BigDecimal bac = project.getBudget() == null ? BigDecimal.ZERO : project.getBudget();
    BigDecimal actual = budget.actualCost(project.getKey());
    BigDecimal variance = bac.subtract(actual).setScale(2, RoundingMode.HALF_UP);
    BigDecimal percent = bac.signum() == 0 ? null
        : variance.multiply(BigDecimal.valueOf(100)).divide(bac, 1, RoundingMode.HALF_UP);
    EarnedValue ev = earnedValue.of(project.getKey());
    return new CostVariance(bac.setScale(2, RoundingMode.HALF_UP),
        actual.setScale(2, RoundingMode.HALF_UP), variance, percent, ev.costPerformanceIndex());
  }
}
