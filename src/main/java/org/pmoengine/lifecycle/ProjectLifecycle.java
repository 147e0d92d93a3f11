package org.pmoengine.lifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.pmoengine.budget.EarnedValue;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.gate.BoardVotes;
import org.pmoengine.gate.GateCriteria;
import org.pmoengine.gate.GateDecision;
import org.pmoengine.gate.GateDecisionRepository;
import org.pmoengine.gate.GateFacts;
import org.pmoengine.gate.GateMail;
import org.pmoengine.gate.GateRecommendation;
import org.pmoengine.gate.GateReviewFacts;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.project.Gate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.register.IssueRegister;
import org.pmoengine.register.RiskRegister;
import org.pmoengine.status.HealthFacts;
import org.pmoengine.status.HealthRating;
import org.pmoengine.status.HealthRules;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;

/**
 * The stage-gate lifecycle of a project: Initiation, G1, Planning, G2, Execution, G3, Closure,
 * G4. Keeps the project's stage and status, assesses a gate with the gate criteria and records
 * the board's decisions.
 */
@Service
@Transactional
public class ProjectLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ProjectLifecycle.class);

  private final ProjectRepository projects;
  private final GateDecisionRepository decisions;
  private final GateCriteria criteria;
  private final ProjectEarnedValue earnedValue;
  private final RiskRegister risks;
  private final IssueRegister issues;
  private final PlanService plans;
  private final PmoProperties pmo;
  private final GateMail mail;
  private final HealthRules health;
  private final Clock clock;

  public ProjectLifecycle(ProjectRepository projects, GateDecisionRepository decisions,
      GateCriteria criteria, ProjectEarnedValue earnedValue, RiskRegister risks,
      IssueRegister issues, PlanService plans, PmoProperties pmo, GateMail mail, HealthRules health, Clock clock) {
    this.projects = projects;
    this.decisions = decisions;
    this.criteria = criteria;
    this.earnedValue = earnedValue;
    this.risks = risks;
    this.issues = issues;
    this.plans = plans;
    this.pmo = pmo;
    this.mail = mail;
    this.health = health;
    this.clock = clock;
  }

  /** The stage whose work leads to a gate. */
  public static String stageBefore(Gate gate) {
    return switch (gate) {
      case G1 -> "INITIATION";
      case G2 -> "PLANNING";
      case G3 -> "EXECUTION";
      case G4 -> "CLOSURE";
    };
  }

  /** Enters the first stage; returns the project manager, who does the stage work. */
  public String begin(String projectKey) {
    Project project = project(projectKey);
    project.enterStage(stageBefore(Gate.G1));
    log.info("Lifecycle of {} begins: stage {}, manager {}", projectKey, project.getStage(),
        project.getManager());
    return project.getManager();
  }

  /** Moves past a gate the board passed; returns the next gate. */
  public Gate advance(String projectKey, Gate passed) {
    if (passed == Gate.G4) {
      throw new IllegalStateException(projectKey + " has no gate after G4");
    }
    Gate next = Gate.values()[passed.ordinal() + 1];
    project(projectKey).enterStage(stageBefore(next));
    log.info("{} passed {}; stage {} begins", projectKey, passed, stageBefore(next));
    return next;
  }

  /** The project delivered and passed its closure gate. */
  public void close(String projectKey) {
    project(projectKey).end(Project.STATUS_CLOSED);
    log.info("{} closed", projectKey);
  }

  /** The board stopped the project at a gate: closure without delivery. */
  public void kill(String projectKey, Gate gate) {
    project(projectKey).end(Project.STATUS_KILLED);
    log.info("{} killed at {}", projectKey, gate);
  }

  /** The hook of the post-mortem: records that the lessons-learned review is due. */
  public void postMortemDue(String projectKey) {
    project(projectKey).postMortemIsDue();
    log.info("Post-mortem of {} is due", projectKey);
  }

  /**
   * Freezes the latest plan as the baseline; returns a note instead when the project has no plan
   * yet, so that the gate does not fail.
   */
  public Optional<String> freezeBaseline(String projectKey, String user) {
    if (!plans.hasPlan(projectKey)) {
      String note = projectKey + " has no plan yet: no baseline frozen at G2.";
      log.warn(note);
      return Optional.of(note);
    }
    PlanView baseline = plans.freezeBaseline(projectKey, user, "Baseline frozen at gate G2");
    log.info("{}: plan version {} is the baseline", projectKey, baseline.version());
    return Optional.empty();
  }

  /** Rates the project's health with the rules after a status report and keeps it on the project. */
  public HealthRating rateHealth(String projectKey, Integer slipDays) {
    EarnedValue ev = earnedValue.of(projectKey);
    Integer slip = plans.latestBaseline(projectKey).isPresent() ? slipDays : null;
    HealthRating rating = health.assessAndRecord(projectKey, new HealthFacts(slip,
        ev.costPerformanceIndex(), ev.schedulePerformanceIndex(),
        risks.openHighRisks(projectKey).size(), issues.overdueOpenIssues(projectKey).size()));
    project(projectKey).rated(rating.rag().name());
    log.info("Health of {}: {}", projectKey, rating.rag());
    return rating;
  }

  /** Runs the gate criteria on the project's current standing and records the recommendation. */
  public GateReviewFacts assess(String projectKey, Gate gate, Collection<String> ticked,
      Integer slipDays) {
    Project project = project(projectKey);
    EarnedValue ev = earnedValue.of(projectKey);
    Integer slip = plans.latestBaseline(projectKey).isPresent() ? slipDays : null;
    GateFacts facts = new GateFacts(gate, new HashSet<>(ticked), slip,
        ev.costPerformanceIndex(), ev.schedulePerformanceIndex(),
        risks.openHighRisks(projectKey).size(),
        issues.overdueOpenIssues(projectKey).size(), project.getBudget());
    GateRecommendation recommendation = criteria.assessAndRecord(projectKey, facts);
    log.info("Gate {} of {}: the rules recommend {}", gate, projectKey,
        recommendation.recommendation());
    return new GateReviewFacts(recommendation, ev,
        pmo.baseUrl() + "/api/projects/" + projectKey + "/gantt.svg");
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
    return projects.findByKey(projectKey)
        .orElseThrow(() -> new NotFoundException("There is no project " + projectKey + "."));
  }
}
