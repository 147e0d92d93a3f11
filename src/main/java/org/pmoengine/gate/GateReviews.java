package org.pmoengine.gate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.pmoengine.budget.BudgetOutcome;
import org.pmoengine.budget.BudgetReview;
import org.pmoengine.budget.BudgetValidation;
import org.pmoengine.budget.EarnedValue;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.register.IssueRegister;
import org.pmoengine.register.RiskRegister;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews at a gate: the gate criteria assess the project's standing, read from its records
 * (the slip stored with the latest plan version, the latest budget validation with its verdict
 * and earned value, the open risks and issues), and the board's decisions are recorded.
 */
@Service
@Transactional
public class GateReviews {

  private static final Logger log = LoggerFactory.getLogger(GateReviews.class);

  private final ProjectRepository projects;
  private final GateDecisionRepository decisions;
  private final GateCriteria criteria;
  private final BudgetValidation budgets;
  private final ProjectEarnedValue earnedValue;
  private final RiskRegister risks;
  private final IssueRegister issues;
  private final PlanService plans;
  private final PmoProperties pmo;
  private final GateMail mail;
  private final Clock clock;

  public GateReviews(ProjectRepository projects, GateDecisionRepository decisions,
      GateCriteria criteria, BudgetValidation budgets, ProjectEarnedValue earnedValue,
      RiskRegister risks, IssueRegister issues, PlanService plans, PmoProperties pmo,
      GateMail mail, Clock clock) {
    this.projects = projects;
    this.decisions = decisions;
    this.criteria = criteria;
    this.budgets = budgets;
    this.earnedValue = earnedValue;
    this.risks = risks;
    this.issues = issues;
    this.plans = plans;
    this.pmo = pmo;
    this.mail = mail;
    this.clock = clock;
  }

  /** Runs the gate criteria on the project's records and records the recommendation. */
  public GateReviewFacts assess(String projectKey, Gate gate, Collection<String> ticked) {
    Project project = project(projectKey);
    BudgetReview budget = budgets.latestReview(projectKey).orElse(null);
    EarnedValue ev = budget == null ? earnedValue.of(projectKey) : budget.earnedValueFigures();
    BudgetOutcome budgetOutcome = budget == null ? null : budget.getOutcome();
    GateFacts facts = new GateFacts(gate, new HashSet<>(ticked),
        plans.slipDays(projectKey).orElse(null), ev.costPerformanceIndex(),
        ev.schedulePerformanceIndex(), risks.openHighRisks(projectKey).size(),
        issues.overdueOpenIssues(projectKey).size(), project.getBudget(), budgetOutcome);
    GateRecommendation recommendation = criteria.assessAndRecord(projectKey, facts);
    log.info("Gate {} of {}: the rules recommend {}", gate, projectKey,
        recommendation.recommendation());
    return new GateReviewFacts(recommendation, ev,
        pmo.projectUrl(projectKey, "plan"));
  }

  /**
   * Records a decision at a gate (the board's, or one member's vote). Deciding against the
   * recommendation needs a written reason.
   */
  public GateDecision decide(String projectKey, Gate gate, Recommendation recommendation,
      String decision, String overrideReason, String comments, String user) {
    List<FieldProblem> problems = new ArrayList<>();
    Recommendation decided = parse(decision);
    if (decided == null) {
      problems.add(new FieldProblem("gateDecision", "Choose Go, Hold, Recycle or Kill."));
    } else if (recommendation != null && decided != recommendation && isBlank(overrideReason)) {
      problems.add(new FieldProblem("overrideReason", "The rules recommend " + recommendation
          + ": give the reason for deciding " + decided + " instead."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    GateDecision stored = decisions.save(new GateDecision(projectKey, gate, recommendation,
        decided, blankToNull(overrideReason), blankToNull(comments), user, clock.instant()));
    log.info("Gate {} of {}: {} decided {} (recommended {})", gate, projectKey, user, decided,
        recommendation);
    return stored;
  }

  /** The id of the project's last gate decision, 0 when there is none yet. */
  @Transactional(readOnly = true)
  public long lastDecisionId(String projectKey) {
    return decisions.findFirstByProjectKeyOrderByIdDesc(projectKey).map(GateDecision::getId)
        .orElse(0L);
  }

  /**
   * Records the decision of a review by every member, made from their votes: the decisions on
   * the gate recorded after {@code votesAfter}. Each member's vote is a row of its own, written
   * in that member's transaction, so votes cast at the same moment never touch the same record.
   * The board's comments are the members' comments, each with its author.
   */
  public GateDecision boardDecided(String projectKey, Gate gate, Recommendation recommendation,
      long votesAfter) {
    List<GateDecision> cast = decisions.findByProjectKeyAndGateAndIdGreaterThanOrderByIdAsc(
        projectKey, gate, votesAfter);
    List<Recommendation> votes = cast.stream().map(GateDecision::getDecision).toList();
    Recommendation decided = BoardVotes.decide(votes);
    String comments = cast.stream().filter(v -> !isBlank(v.getComments()))
        .map(v -> v.getDecidedBy() + ": " + v.getComments()).reduce((a, b) -> a + "\n" + b)
        .orElse(null);
    GateDecision board = decisions.save(new GateDecision(projectKey, gate, recommendation,
        decided, "Decided by every gate-board member, votes " + BoardVotes.format(votes),
        comments, "gate-board", clock.instant()));
    mail.decided(board);
    log.info("Gate {} of {}: the board decided {} from the votes {}", gate, projectKey, decided,
        votes);
    return board;
  }

  @Transactional(readOnly = true)
  public List<GateDecision> decisions(String projectKey) {
    return decisions.findByProjectKeyOrderByDecidedAtAscIdAsc(projectKey);
  }

  private static Recommendation parse(String decision) {
    if (isBlank(decision)) {
      return null;
    }
    try {
      return Recommendation.valueOf(decision.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  private Project project(String projectKey) {
    return projects.getByKey(projectKey);
  }
}
