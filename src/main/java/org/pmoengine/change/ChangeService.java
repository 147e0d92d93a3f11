package org.pmoengine.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.records.RecordKeys;
import org.pmoengine.records.TaskHeading;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a change request: registration, the what-if analysis against the latest plan,
 * classification by the rules, the approver's decision with the four-eyes rule, and applying it
 * as a new plan version (and baseline) once its plan is checked to be current. The process calls
 * it through thin glue.
 */
@Service
@Transactional
public class ChangeService {

  private static final Logger log = LoggerFactory.getLogger(ChangeService.class);
  private static final int PLAN_REASON_LENGTH = 500;

  /** A valid change stored, or the fields to correct (and nothing stored). */
  public record Registration(ChangeRequest change, List<FieldProblem> problems) {
    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  private final ChangeRequestRepository changes;
  private final ChangeDecisionRepository decisions;
  private final ChangeChecks checks;
  private final ProjectRepository projects;
  private final PlanService plans;
  private final ProjectEarnedValue earnedValue;
  private final BudgetRegisters budgets;
  private final ChangeRules rules;
  private final ChangeMail mail;
  private final RecordKeys keys;
  private final ObjectMapper json;
  private final Clock clock;

  public ChangeService(ChangeRequestRepository changes, ChangeDecisionRepository decisions,
      ChangeChecks checks, ProjectRepository projects, PlanService plans,
      ProjectEarnedValue earnedValue, BudgetRegisters budgets, ChangeRules rules, ChangeMail mail,
      RecordKeys keys, ObjectMapper json, Clock clock) {
    this.changes = changes;
    this.decisions = decisions;
    this.checks = checks;
    this.projects = projects;
    this.plans = plans;
    this.earnedValue = earnedValue;
    this.budgets = budgets;
    this.rules = rules;
    this.mail = mail;
    this.keys = keys;
    this.json = json;
    this.clock = clock;
  }

  /** Stores the change if every field is valid; otherwise stores nothing and returns why. */
  public Registration register(String projectKey, ChangeRequestForm form,
      List<FieldProblem> unreadable, String requestedBy) {
    List<FieldProblem> problems = checks.problemsOf(projectKey, form, unreadable, requestedBy);
    if (!problems.isEmpty()) {
      return new Registration(null, problems);
    }
    BigDecimal budget = form.budgetAsked() == null ? BigDecimal.ZERO : form.budgetAsked();
    ChangeRequest change = changes.save(new ChangeRequest(keys.next("CHG"), projectKey,
        requestedBy, clock.instant(), form.justification().strip(), write(form.changes()),
        budget));
    log.info("Change {} on {} raised by {}", change.getKey(), projectKey, requestedBy);
    return new Registration(change, List.of());
  }

  public void linkProcess(String changeKey, String processInstanceId) {
    load(changeKey).startedAs(processInstanceId);
  }

  /**
   * Analyses the change against the project's latest plan and stores the impact. A change the
   * plan no longer allows (an activity it names is gone) is closed as not applicable.
   *
   * @return whether the change applies
   */
  public boolean analyse(String changeKey) {
    ChangeRequest change = load(changeKey);
    if (change.getStatus().isFinal()) {
      return change.getStatus() != ChangeStatus.NOT_APPLICABLE;
    }
    PlanView latest = plans.latest(change.getProjectKey());
    try {
      ChangeImpact impact = impactOn(latest.plan(), change);
      change.analysed(latest.version(), impact, write(impact), clock.instant());
      log.info("Change {} analysed against plan version {} of {}: finish {} -> {}, slip {},"
          + " cost {}", changeKey, latest.version(), change.getProjectKey(),
          impact.finishBefore(), impact.finishAfter(), impact.slipWorkingDays(),
          impact.cost().costChange());
      return true;
    } catch (PlanValidationException e) {
      change.closed(ChangeStatus.NOT_APPLICABLE, "The change no longer applies to plan version "
          + latest.version() + ": " + e.getMessage(), null, clock.instant());
      log.info("Change {} no longer applies to plan version {} of {}: {}", changeKey,
          latest.version(), change.getProjectKey(), e.getMessage());
      return false;
    }
  }

  /** The impact of a change not stored yet, against the latest plan: what the API answers. */
  @Transactional(readOnly = true)
  public ChangeImpact preview(String projectKey, ChangeRequestForm form) {
    Plan plan = plans.latest(projectKey).plan();
    return ImpactAnalysis.analyse(plan, planChanges(form.changes()), baselineOf(projectKey),
        costBasis(projectKey, form.budgetAsked()));
  }

  /** Classifies the analysed change with the rules and stores who approves it. */
  public ChangeClassification classify(String changeKey) {
    ChangeRequest change = load(changeKey);
    Project project = project(change.getProjectKey());
    ChangeClassification c = rules.classifyAndRecord(changeKey, ChangeFacts.of(impactOf(change),
        change.getBudgetAsked(), change.getRequestedBy().equals(project.getManager())));
    change.classified(c, c.approver() == Approver.PROJECT_MANAGER ? project.getManager()
        : c.approver().group());
    log.info("Change {}: {}, approved by {}", changeKey, c.changeClass(), change.getApprover());
    return c;
  }

  /**
   * Records the approver's decision. Only the change's approver decides: its project manager, or
   * a member of the board its class names; and whoever raised the change can't decide it (four
   * eyes), whatever their groups.
   */
  public ChangeStatus decide(String changeKey, String decision, String reason, String userId,
      List<String> groups) {
    List<FieldProblem> problems = ChangeChecks.decisionProblems(decision, reason);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ChangeRequest change = load(changeKey);
    if (change.getStatus() != ChangeStatus.ANALYSED) {
      throw new ForbiddenException(changeKey + " is not waiting for approval (it is "
          + change.getStatus() + ").");
    }
    if (userId == null) {
      throw new ForbiddenException("A decision on " + changeKey + " needs a signed-in approver.");
    }
    if (userId.equals(change.getRequestedBy())) {
      throw new ForbiddenException("You raised " + changeKey + " yourself, so someone else must"
          + " decide it (four-eyes rule). Withdraw it if you no longer want it.");
    }
    if (!isApprover(change, userId, groups)) {
      throw new ForbiddenException("Only " + change.getApprover() + " decides " + changeKey
          + ".");
    }
    boolean approved = "APPROVE".equals(decision.strip());
    Instant now = clock.instant();
    decisions.save(new ChangeDecision(change, approved ? "APPROVE" : "REJECT", reason.strip(),
        userId, now));
    change.decided(approved, reason.strip(), userId, now);
    log.info("Change {}: {} {} it", changeKey, userId, approved ? "approved" : "rejected");
    return change.getStatus();
  }

  /** Whether the plan the change was analysed against is still the project's latest. */
  @Transactional(readOnly = true)
  public boolean planIsCurrent(String changeKey) {
    ChangeRequest change = load(changeKey);
    int latest = plans.latest(change.getProjectKey()).version();
    if (latest != change.getPlanVersion()) {
      log.info("Change {} was analysed against plan version {}, the latest is {}: analysing again",
          changeKey, change.getPlanVersion(), latest);
    }
    return latest == change.getPlanVersion();
  }

  /**
   * Applies an approved change to the plan it was analysed against: a new plan version, a new
   * baseline for a major or critical change, and for the budget asked a budget line and a raised
   * project budget.
   */
  public ChangeRequest apply(String changeKey) {
    ChangeRequest change = load(changeKey);
    if (change.getStatus() == ChangeStatus.APPLIED) {
      return change;
    }
    if (change.getStatus() != ChangeStatus.APPROVED) {
      throw new IllegalStateException(changeKey + " is " + change.getStatus() + ", not approved");
    }
    String projectKey = change.getProjectKey();
    PlanView latest = plans.latest(projectKey);
    if (latest.version() != change.getPlanVersion()) {
      throw new IllegalStateException(changeKey + " was analysed against plan version "
          + change.getPlanVersion() + " but the latest is " + latest.version());
    }
    Plan changed = ImpactAnalysis.apply(latest.plan(), planChanges(items(change)));
    String user = change.getDecidedBy();
    PlanView saved = plans.save(projectKey, changed, user,
        shorten(changeKey + " approved by " + user + ": " + change.getJustification()));
    Integer baseline = null;
    if (change.getChangeClass().rebaselines()) {
      baseline = plans.freezeBaseline(projectKey, user, shorten("Re-baselined by " + changeKey
          + " (" + change.getChangeClass() + "): " + change.getJustification())).version();
    }
    if (change.getBudgetAsked().signum() > 0) {
      budgets.addLine(projectKey, new BudgetLineForm(changeKey, "Budget approved with change "
          + changeKey, change.getBudgetAsked(), null), user);
      project(projectKey).budgetRaised(change.getBudgetAsked());
    }
    change.applied(saved.version(), baseline, clock.instant());
    log.info("Change {} applied to {}: plan version {}{}", changeKey, projectKey,
        saved.version(), baseline == null ? "" : ", baseline version " + baseline);
    return change;
  }

  /** The requester withdrew the change while it waited for approval; no one else may. */
  public void withdrawn(String changeKey, String userId) {
    ChangeRequest change = load(changeKey);
    if (change.getStatus().isFinal()) {
      return;
    }
    if (!change.getRequestedBy().equals(userId)) {
      throw new ForbiddenException("Only " + change.getRequestedBy() + ", who raised "
          + changeKey + ", may withdraw it.");
    }
    change.closed(ChangeStatus.WITHDRAWN, "Withdrawn by " + userId, userId, clock.instant());
    log.info("Change {} withdrawn by {}", changeKey, userId);
  }

  /** The change a change-control instance handles, from our table, never from a variable. */
  @Transactional(readOnly = true)
  public String keyOfProcess(String processInstanceId) {
    return changes.findByProcessInstanceId(processInstanceId).map(ChangeRequest::getKey)
        .orElseThrow(() -> new NotFoundException("This process holds no change request."));
  }

  /** The approver is a board (a group) for major and critical changes, else the manager. */
  private static boolean isApprover(ChangeRequest change, String userId, List<String> groups) {
    String approver = change.getApprover();
    return PmoGroups.ALL.contains(approver) ? groups.contains(approver) : approver.equals(userId);
  }

  /** Tells the requester and the project manager how the change ended. */
  public void notifyOutcome(String changeKey) {
    ChangeRequest change = load(changeKey);
    mail.outcome(change, project(change.getProjectKey()));
  }

  /** Tells the approver a decision is waiting. */
  public ChangeRequest approvalOpened(String changeKey, String taskId) {
    ChangeRequest change = load(changeKey);
    mail.approvalDue(change, project(change.getProjectKey()), taskId);
    return change;
  }

  /**
   * An approval task as Tasklist lists it: {@code Change board approval: CHG-... PRJ-... name},
   * so that a search by the change's or the project's key finds it.
   */
  @Transactional(readOnly = true)
  public TaskHeading approvalTask(String changeKey, String what) {
    ChangeRequest change = load(changeKey);
    Project project = project(change.getProjectKey());
    return TaskHeading.of(what, change.getKey(), project.getKey() + " " + project.getName(),
        null);
  }

  /** The manager of the change's project: the approver of a minor change. */
  @Transactional(readOnly = true)
  public String projectManagerOf(String changeKey) {
    return project(load(changeKey).getProjectKey()).getManager();
  }

  @Transactional(readOnly = true)
  public ChangeRequest get(String changeKey) {
    return load(changeKey);
  }

  /** The impact stored with the change, or null before its analysis. */
  ChangeImpact impactOf(ChangeRequest change) {
    if (change.getImpactJson() == null) {
      return null;
    }
    try {
      return json.readValue(change.getImpactJson(), ChangeImpact.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The impact of " + change.getKey() + " can't be read", e);
    }
  }

  /** The changes the request asks for. */
  List<ChangeItem> items(ChangeRequest change) {
    try {
      return json.readValue(change.getChangesJson(), new TypeReference<List<ChangeItem>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The changes of " + change.getKey() + " can't be read", e);
    }
  }

  private ChangeImpact impactOn(Plan plan, ChangeRequest change) {
    return ImpactAnalysis.analyse(plan, planChanges(items(change)),
        baselineOf(change.getProjectKey()),
        costBasis(change.getProjectKey(), change.getBudgetAsked()));
  }

  private Schedule baselineOf(String projectKey) {
    return plans.latestBaseline(projectKey).map(PlanView::schedule).orElse(null);
  }

  private ImpactAnalysis.CostBasis costBasis(String projectKey, BigDecimal budgetAsked) {
    Project project = project(projectKey);
    return new ImpactAnalysis.CostBasis(project.getBudget(),
        earnedValue.of(projectKey).estimateAtCompletion(),
        budgetAsked == null ? BigDecimal.ZERO : budgetAsked);
  }

  static List<PlanChange> planChanges(List<ChangeItem> items) {
    return items.stream().map(ChangeItem::toPlanChange).toList();
  }

  private static String shorten(String reason) {
    return reason.length() <= PLAN_REASON_LENGTH ? reason
        : reason.substring(0, PLAN_REASON_LENGTH - 1) + "…";
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A change can't be written as JSON", e);
    }
  }

  private Project project(String projectKey) {
    return projects.getByKey(projectKey);
  }

  private ChangeRequest load(String changeKey) {
    return changes.findByKey(changeKey)
        .orElseThrow(() -> new NotFoundException("There is no change " + changeKey + "."));
  }
}
