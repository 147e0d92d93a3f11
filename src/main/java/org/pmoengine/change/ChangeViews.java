package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.io.GanttSvg;
import org.pmoengine.scoring.Sentences;
import org.pmoengine.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of change control: the change log, one change, what the approval form shows and
 * the Gantt charts of the plan before and after a change.
 */
@Service
@Transactional(readOnly = true)
public class ChangeViews {

  private final ChangeService service;
  private final ChangeRequestRepository changes;
  private final ChangeDecisionRepository decisions;
  private final PlanService plans;

  public ChangeViews(ChangeService service, ChangeRequestRepository changes,
      ChangeDecisionRepository decisions, PlanService plans) {
    this.service = service;
    this.changes = changes;
    this.decisions = decisions;
    this.plans = plans;
  }

  /** Every change of the project, oldest first. */
  public List<ChangeView> log(String projectKey) {
    return changes.findByProjectKeyOrderByRequestedAtAscIdAsc(projectKey).stream()
        .map(this::view).toList();
  }

  public ChangeView of(String changeKey) {
    return view(service.get(changeKey));
  }

  /**
   * What the approval form shows beside the process variables and the Gantt charts, set on the
   * task.
   */
  public Map<String, Object> approvalForm(ChangeRequest change) {
    Map<String, Object> form = new HashMap<>();
    form.put(JUSTIFICATION, change.getJustification());
    form.put(CHANGE_SUMMARY, changeSummary(change));
    form.put(IMPACT_SUMMARY, impactSummary(change, service.impactOf(change)));
    form.put(CLASSIFICATION, change.getClassification());
    return form;
  }

  /** The chart of the analysed plan before ({@code after} false) or after the change. */
  public String gantt(String changeKey, boolean after) {
    return gantt(service.get(changeKey), after);
  }

  private String gantt(ChangeRequest change, boolean after) {
    if (change.getPlanVersion() == null) {
      throw new NotFoundException(change.getKey() + " is not analysed yet.");
    }
    PlanView analysed = plans.version(change.getProjectKey(), change.getPlanVersion());
    Plan plan = analysed.plan();
    if (after) {
      try {
        plan = ImpactAnalysis.apply(plan, ChangeService.planChanges(service.items(change)));
      } catch (PlanValidationException e) {
        throw new NotFoundException(change.getKey() + " no longer applies to its plan.");
      }
    }
    Schedule schedule = ImpactAnalysis.schedule(plan);
    Schedule baseline = plans.latestBaseline(change.getProjectKey()).map(PlanView::schedule)
        .orElse(null);
    String title = change.getKey() + ": " + change.getProjectKey() + " plan version "
        + analysed.version() + (after ? " after" : " before") + " the change, finish "
        + schedule.finishDate();
    return new GanttSvg().render(title, plan, schedule, baseline, plan.statusDate());
  }

  private ChangeView view(ChangeRequest c) {
    List<ChangeItem> items = service.items(c);
    return new ChangeView(c.getKey(), c.getProjectKey(), c.getStatus(), c.getRequestedBy(),
        c.getRequestedAt(), c.getJustification(), items,
        items.stream().map(ChangeItem::describe).toList(), c.getBudgetAsked(), c.getPlanVersion(),
        c.getAnalysisCount(), service.impactOf(c), c.getChangeClass(), c.getApprover(),
        c.getClassification(), c.getDecision(), c.getDecidedBy(), c.getDecidedAt(),
        c.getDecisionReason(), c.getAppliedPlanVersion(), c.getBaselineVersion(),
        c.getClosedAt(), decisions.findByChangeKeyOrderByDecidedAtAscIdAsc(c.getKey()).stream()
            .map(ChangeView.DecisionView::of).toList());
  }

  private String changeSummary(ChangeRequest change) {
    StringBuilder out = new StringBuilder();
    service.items(change).forEach(i -> out.append("- ").append(i.describe()).append('\n'));
    if (change.getBudgetAsked().signum() > 0) {
      out.append("- Budget asked: ").append(change.getBudgetAsked().toPlainString()).append('\n');
    }
    return out.toString();
  }

  /** The impact as a markdown list, as the approval form and the mail show it. */
  static String impactSummary(ChangeRequest change, ChangeImpact i) {
    if (i == null) {
      return "Not analysed yet.";
    }
    ChangeImpact.Cost cost = i.cost();
    StringBuilder out = new StringBuilder();
    out.append("- Analysed against plan version ").append(change.getPlanVersion()).append('\n');
    out.append("- Forecast finish ").append(i.finishBefore()).append(" → ")
        .append(i.finishAfter()).append(" (").append(i.slipWorkingDays())
        .append(" working days)\n");
    out.append("- Newly critical: ").append(list(i.newlyCritical()))
        .append("; no longer critical: ").append(list(i.noLongerCritical())).append('\n');
    out.append("- Newly over-allocated: ").append(list(i.newlyOverallocated())).append('\n');
    out.append("- Activities added: ").append(list(i.addedActivities()))
        .append("; removed: ").append(list(i.removedActivities())).append('\n');
    out.append("- Cost change ").append(cost.costChange().toPlainString()).append(" (")
        .append(Sentences.number(cost.costChangePercent())).append(" % of the budget); EAC ")
        .append(cost.eacBefore().toPlainString()).append(" → ")
        .append(cost.eacAfter().toPlainString()).append("; budget ")
        .append(cost.budgetBefore().toPlainString()).append(" → ")
        .append(cost.budgetAfter().toPlainString()).append('\n');
    out.append("- Baseline milestones moved: ").append(i.movedBaselineMilestones().isEmpty()
        ? "none" : String.join(", ", i.movedBaselineMilestones().stream()
            .map(m -> m.activityId() + " " + m.baselineDate() + " → " + m.after() + " ("
                + m.daysPastBaseline() + " working days past the baseline)").toList()))
        .append('\n');
    return out.toString();
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }

}
