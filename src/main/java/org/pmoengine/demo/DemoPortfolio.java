package org.pmoengine.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pmoengine.budget.BudgetForms.BudgetLineForm;
import org.pmoengine.budget.BudgetForms.ExpenseForm;
import org.pmoengine.budget.BudgetForms.InvoiceForm;
import org.pmoengine.budget.BudgetForms.VendorForm;
import org.pmoengine.budget.BudgetRegisters;
import org.pmoengine.budget.BudgetValidationStarter;
import org.pmoengine.change.ChangeItem;
import org.pmoengine.change.ChangeProcess;
import org.pmoengine.change.ChangeRequest;
import org.pmoengine.change.ChangeRequestForm;
import org.pmoengine.change.ChangeService;
import org.pmoengine.change.ChangeStatus;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.demo.DemoCatalog.Idea;
import org.pmoengine.demo.DemoCatalog.LessonText;
import org.pmoengine.demo.DemoCatalog.LineShare;
import org.pmoengine.demo.DemoCatalog.Person;
import org.pmoengine.demo.DemoCatalog.Step;
import org.pmoengine.demo.DemoProcess.OpenTask;
import org.pmoengine.intake.Decision;
import org.pmoengine.intake.IntakeProcess;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.intake.RequestForm;
import org.pmoengine.intake.Route;
import org.pmoengine.lifecycle.LifecycleVariables;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanView;
import org.pmoengine.postmortem.PostMortemVariables;
import org.pmoengine.project.Gate;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.register.IssueForm;
import org.pmoengine.register.IssueRegister;
import org.pmoengine.register.IssueSeverity;
import org.pmoengine.register.IssueStatus;
import org.pmoengine.register.RiskForm;
import org.pmoengine.register.RiskRegister;
import org.pmoengine.register.RiskStatus;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.ScheduledActivity;
import org.pmoengine.security.PmoGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo database with a believable portfolio: requests in every intake outcome and
 * projects in every stage of the lifecycle, with plans and progress, baselines, status reports
 * and their health, risks and issues, change requests, budget lines, invoices and expenses, gate
 * decisions and lessons. Everything goes through the application's own processes and services,
 * acted by the demo's people, so the records are the ones the application writes; the clock is
 * set to each moment of the past 18 months as the story unfolds. Seeded: the same size gives the
 * same portfolio. Only in the demo, and only on a database without projects or requests.
 */
@Component
@Profile("default | demo")
public class DemoPortfolio {

  private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

  static final long SEED = 20_26_12;
  /** How far back the portfolio's story starts. */
  static final int HISTORY_DAYS = 530;

  static final String PMO = "paula";
  static final String PMO_LEAD = "lena";
  static final String PORTFOLIO_BOARD = "bruno";
  static final String GATE_BOARD = "gina";
  static final String FINANCE = "fiona";
  static final String CHANGE_BOARD = "carl";

  /** Where a project is today. */
  public enum Fate {
    INITIATION, PLANNING, EXECUTION, CLOSURE, AT_GATE_REVIEW, ON_HOLD, CLOSED, KILLED
  }

  /** Where a request that is not (yet) a project stands today. */
  enum Outcome { PROJECT, IN_TRIAGE, AT_BOARD, MORE_INFORMATION, REJECTED, DEFERRED }

  /** What was generated, and how long it took. */
  public record Summary(int requests, int projects, Map<String, Long> requestsByStatus,
      Map<String, Long> projectsByFate, Duration took) {}

  /** The generator was asked to run where it must not. */
  public static class RefusedException extends RuntimeException {
    public RefusedException(String message) {
      super(message);
    }
  }

  // when in a project's span (calendar days from its start, as a share) each gate is reached
  private static final double[] GATE_AT = {0.08, 0.20, 0.85, 1.0};

  private final DemoProcess engine;
  private final DemoClock clock;
  private final IntakeProcess intake;
  private final ProjectRequestRepository requests;
  private final ProjectRepository projects;
  private final ProjectTeam team;
  private final PlanService plans;
  private final RiskRegister risks;
  private final IssueRegister issues;
  private final BudgetRegisters budgets;
  private final BudgetValidationStarter budgetValidations;
  private final ChangeProcess changeProcess;
  private final ChangeService changes;
  private final String password;

  public DemoPortfolio(DemoProcess engine, DemoClock clock, IntakeProcess intake,
      ProjectRequestRepository requests, ProjectRepository projects, ProjectTeam team,
      PlanService plans, RiskRegister risks, IssueRegister issues, BudgetRegisters budgets,
      BudgetValidationStarter budgetValidations, ChangeProcess changeProcess,
      ChangeService changes, PmoProperties properties) {
    this.engine = engine;
    this.clock = clock;
    this.intake = intake;
    this.requests = requests;
    this.projects = projects;
    this.team = team;
    this.plans = plans;
    this.risks = risks;
    this.issues = issues;
    this.budgets = budgets;
    this.budgetValidations = budgetValidations;
    this.changeProcess = changeProcess;
    this.changes = changes;
    this.password = properties.demo().password();
  }

  /**
   * Generates the portfolio: {@code projectCount} approved projects, plus about one request in
   * three that is still open, rejected or deferred.
   *
   * @throws RefusedException when the database already holds projects or requests
   */
  public Summary generate(int projectCount) {
    return generate(projectCount, 1);
  }

  /**
   * The same portfolio, told by several threads at once: faster on a database server, but the
   * keys are handed out in the order the threads reach them, so they differ from run to run.
   */
  public synchronized Summary generate(int projectCount, int threads) {
    if (projectCount < 1 || projectCount > 100_000) {
      throw new RefusedException("Give the number of projects, from 1 to 100000.");
    }
    long existing = projects.count();
    long existingRequests = requests.count();
    if (existing > 0 || existingRequests > 0) {
      throw new RefusedException("The demo portfolio fills an empty database only, and this one"
          + " already holds " + existing + " projects and " + existingRequests
          + " requests: nothing was generated. Start from an empty database (for the demo,"
          + " delete the ./data folder).");
    }
    long started = System.nanoTime();
    clock.release();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    ensureCast();
    List<Story> stories = stories(projectCount, new Random(SEED), today);
    stories.sort(Comparator.comparing(Story::submitted));
    AtomicInteger next = new AtomicInteger();
    Runnable teller = () -> {
      try {
        for (int i = next.getAndIncrement(); i < stories.size(); i = next.getAndIncrement()) {
          new Telling(stories.get(i), now).tell();
          if ((i + 1) % 50 == 0) {
            log.info("Demo portfolio: {} of {} requests written", i + 1, stories.size());
          }
        }
      } finally {
        clock.release();
      }
    };
    if (threads <= 1) {
      teller.run();
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          running.add(pool.submit(teller));
        }
        for (Future<?> f : running) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while generating the demo portfolio", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r
            : new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    Map<String, Long> byStatus = requests.findAll().stream().collect(Collectors.groupingBy(
        r -> r.getStatus().name(), TreeMap::new, Collectors.counting()));
    Map<String, Long> byFate = stories.stream().filter(s -> s.outcome == Outcome.PROJECT)
        .collect(Collectors.groupingBy(s -> s.fate.name(), TreeMap::new, Collectors.counting()));
    Summary summary = new Summary(stories.size(), projectCount, byStatus, byFate,
        Duration.ofNanos(System.nanoTime() - started));
    log.info("Demo portfolio generated: {} requests, {} projects in {} s; requests {}, projects {}",
        summary.requests(), summary.projects(), summary.took().toSeconds(), byStatus, byFate);
    return summary;
  }

  private void ensureCast() {
    for (Person p : DemoCatalog.MANAGERS) {
      engine.ensureUser(p.id(), p.firstName(), p.lastName(), password,
          List.of(PmoGroups.REQUESTER));
    }
    engine.ensureUser(PMO, "Paula", "Analyst", password, List.of(PmoGroups.REQUESTER, PmoGroups.PMO));
    engine.ensureUser(PMO_LEAD, "Lena", "Lead", password, List.of(PmoGroups.REQUESTER, PmoGroups.PMO));
    engine.ensureUser(PORTFOLIO_BOARD, "Bruno", "Board", password,
        List.of(PmoGroups.REQUESTER, PmoGroups.PORTFOLIO_BOARD));
    engine.ensureUser(GATE_BOARD, "Gina", "Gate", password,
        List.of(PmoGroups.REQUESTER, PmoGroups.GATE_BOARD));
    engine.ensureUser(FINANCE, "Fiona", "Finance", password,
        List.of(PmoGroups.REQUESTER, PmoGroups.FINANCE));
    engine.ensureUser(CHANGE_BOARD, "Carl", "Change", password,
        List.of(PmoGroups.REQUESTER, PmoGroups.CHANGE_BOARD));
  }

  // ---- the stories: who asks for what, when, and how it ends ----

  /** One request and, when approved, its project's life up to today. */
  static final class Story {
    int number;
    Outcome outcome;
    Fate fate;
    Gate gate; // the gate a project waits at, is held at or was killed at
    Gate recycledAt; // a gate the board sent back once
    Idea idea;
    Person manager;
    String sponsor;
    BigDecimal budget;
    int effort;
    LocalDate start;
    int spanDays;
    double pace; // work done against plan: below 1 late, above 1 early
    double costRate; // cost against value earned: above 1 over budget
    int[] ratings;
    Instant submitted;
    Random random;

    Instant submitted() {
      return submitted;
    }
  }

  static List<Story> stories(int projectCount, Random random, LocalDate today) {
    List<Fate> fates = new ArrayList<>(List.of(Fate.values()));
    Fate[] weighted = {Fate.INITIATION, Fate.PLANNING, Fate.PLANNING, Fate.EXECUTION,
        Fate.EXECUTION, Fate.EXECUTION, Fate.EXECUTION, Fate.EXECUTION, Fate.CLOSURE,
        Fate.AT_GATE_REVIEW, Fate.ON_HOLD, Fate.CLOSED, Fate.CLOSED, Fate.CLOSED, Fate.KILLED};
    while (fates.size() < projectCount) {
      fates.add(weighted[random.nextInt(weighted.length)]);
    }
    List<Outcome> outcomes = new ArrayList<>();
    fates.subList(0, projectCount).forEach(f -> outcomes.add(Outcome.PROJECT));
    int extra = Math.max(1, projectCount / 8);
    for (Outcome o : List.of(Outcome.IN_TRIAGE, Outcome.AT_BOARD, Outcome.MORE_INFORMATION,
        Outcome.REJECTED, Outcome.DEFERRED)) {
      for (int i = 0; i < extra; i++) {
        outcomes.add(o);
      }
    }
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Story s = new Story();
      s.number = i + 1;
      s.random = new Random(random.nextLong());
      s.outcome = outcomes.get(i);
      s.fate = s.outcome == Outcome.PROJECT ? fates.get(i) : null;
      shape(s, today);
      stories.add(s);
    }
    return stories;
  }

  private static void shape(Story s, LocalDate today) {
    Random r = s.random;
    s.idea = DemoCatalog.IDEAS.get(r.nextInt(DemoCatalog.IDEAS.size()));
    while (s.outcome == Outcome.AT_BOARD && s.idea.category().equals("regulatory")) {
      s.idea = DemoCatalog.IDEAS.get(r.nextInt(DemoCatalog.IDEAS.size())); // regulatory skips it
    }
    s.manager = DemoCatalog.MANAGERS.get(r.nextInt(DemoCatalog.MANAGERS.size()));
    s.sponsor = DemoCatalog.SPONSORS.get(r.nextInt(DemoCatalog.SPONSORS.size()));
    boolean large = s.outcome == Outcome.AT_BOARD || r.nextInt(4) == 0;
    long amount = large ? 260_000 + r.nextInt(1_200) * 1_000L : 40_000 + r.nextInt(200) * 1_000L;
    s.budget = BigDecimal.valueOf(amount);
    s.effort = (int) Math.max(20, Math.min(190, amount / 2_500));
    s.pace = 0.72 + r.nextDouble() * 0.36;
    s.costRate = 0.88 + r.nextDouble() * 0.34;
    s.ratings = new int[] {1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5),
        1 + r.nextInt(5), 1 + r.nextInt(5)};
    if (s.outcome != Outcome.PROJECT) {
      boolean open = s.outcome == Outcome.IN_TRIAGE || s.outcome == Outcome.AT_BOARD
          || s.outcome == Outcome.MORE_INFORMATION;
      int daysAgo = open ? 3 + r.nextInt(25) : 20 + r.nextInt(HISTORY_DAYS - 40);
      s.submitted = at(today.minusDays(daysAgo), r);
      s.spanDays = 120 + r.nextInt(300);
      s.start = today.minusDays(daysAgo).plusDays(45 + r.nextInt(90));
      return;
    }
    // the share of its span a project has lived by today, for its fate
    double lived;
    switch (s.fate) {
      case INITIATION -> lived = 0.02 + r.nextDouble() * 0.04;
      case PLANNING -> lived = 0.11 + r.nextDouble() * 0.07;
      case EXECUTION -> lived = 0.28 + r.nextDouble() * 0.54;
      case CLOSURE -> lived = 0.88 + r.nextDouble() * 0.10;
      case AT_GATE_REVIEW -> {
        s.gate = Gate.values()[r.nextInt(3)];
        lived = GATE_AT[s.gate.ordinal()] + 0.01;
      }
      case ON_HOLD -> {
        s.gate = r.nextBoolean() ? Gate.G2 : Gate.G3;
        lived = GATE_AT[s.gate.ordinal()] + 0.04;
      }
      case CLOSED -> lived = 1.08 + r.nextDouble() * 0.25;
      case KILLED -> {
        s.gate = r.nextBoolean() ? Gate.G1 : Gate.G2;
        lived = GATE_AT[s.gate.ordinal()] + 0.15 + r.nextDouble() * 0.4;
      }
      default -> throw new IllegalStateException();
    }
    int maxSpan = (int) ((HISTORY_DAYS - 60) / lived);
    s.spanDays = Math.max(90, Math.min(maxSpan, 150 + r.nextInt(300)));
    if (s.fate == Fate.AT_GATE_REVIEW || s.fate == Fate.ON_HOLD) {
      // the review is days old, whatever the span
      int sinceGate = s.fate == Fate.ON_HOLD ? 10 + r.nextInt(20) : 1 + r.nextInt(4);
      s.start = today.minusDays((long) (GATE_AT[s.gate.ordinal()] * s.spanDays) + sinceGate);
    } else {
      s.start = today.minusDays(Math.max(2, (long) (lived * s.spanDays)));
    }
    if ((s.fate == Fate.EXECUTION || s.fate == Fate.CLOSED) && r.nextInt(8) == 0) {
      s.recycledAt = Gate.G2;
    }
    s.submitted = at(s.start.minusDays(40 + r.nextInt(20)), r);
  }

  /** A moment in office hours of the day. */
  static Instant at(LocalDate day, Random r) {
    return day.atTime(8 + r.nextInt(9), r.nextInt(60)).atZone(java.time.ZoneId.systemDefault())
        .toInstant();
  }

  // ---- telling one story through the processes and services ----

  private final class Telling {

    final Story s;
    final Random r;
    final Instant now;
    final LocalDate today;
    String requestKey;
    String projectKey;
    Instant moment;
    final Map<String, Long> lineIds = new HashMap<>();
    final List<Long> openRisks = new ArrayList<>();
    final Map<Long, RiskForm> riskForms = new HashMap<>();
    final List<Long> openIssues = new ArrayList<>();
    final Map<Long, IssueForm> issueForms = new HashMap<>();
    BigDecimal booked = BigDecimal.ZERO;
    int invoiceNumber;
    boolean changeRaised;
    final List<String> changeProcesses = new ArrayList<>();

    Telling(Story story, Instant now) {
      this.s = story;
      this.r = story.random;
      this.now = now;
      this.today = LocalDate.ofInstant(now, clock.getZone());
    }

    /** Sets the clock, never past the real present and never backwards within the story. */
    void when(Instant instant) {
      Instant latest = now.minus(Duration.ofMinutes(5));
      Instant t = instant.isAfter(latest) ? latest : instant;
      if (moment != null && !t.isAfter(moment)) {
        t = moment.plusSeconds(60);
      }
      moment = t;
      clock.set(t);
    }

    void when(LocalDate day) {
      when(at(day, r));
    }

    void tell() {
      when(s.submitted);
      ProjectRequest request = engine.as(s.manager.id(), () -> intake.submit(form()));
      requestKey = request.getKey();
      engine.runJobs(requestKey, projectKey, changeProcesses);
      request = requests.findByKey(requestKey).orElseThrow();
      LocalDate submittedOn = LocalDate.ofInstant(s.submitted, clock.getZone());
      switch (s.outcome) {
        case IN_TRIAGE -> {
          return;
        }
        case MORE_INFORMATION -> {
          decide(submittedOn.plusDays(1), PMO, Decision.MORE_INFO,
              "Please add the expected savings per year and who runs the solution afterwards.");
          return;
        }
        case REJECTED -> {
          decide(submittedOn.plusDays(3), PMO, Decision.REJECT, pick(List.of(
              "Overlaps with a project already in flight; join that one instead.",
              "The business case does not show a benefit within three years.",
              "Not aligned with this year's strategic priorities.")));
          return;
        }
        case DEFERRED -> {
          decide(submittedOn.plusDays(4), PMO_LEAD, Decision.DEFER, pick(List.of(
              "Good idea, but the budget envelope for this year is spent; resubmit in the next"
                  + " planning round.",
              "Depends on the ERP upgrade; reconsider once it is live.")));
          return;
        }
        default -> { }
      }
      if (s.outcome == Outcome.AT_BOARD && request.getRoute() != Route.BOARD) {
        return; // the rules send it to the PMO alone: it stays in triage
      }
      decide(submittedOn.plusDays(2 + r.nextInt(4)), r.nextBoolean() ? PMO : PMO_LEAD,
          Decision.APPROVE, "Clear business case, fits the department's roadmap.");
      if (request.getRoute() == Route.BOARD) {
        if (s.outcome == Outcome.AT_BOARD) {
          return;
        }
        decide(submittedOn.plusDays(9 + r.nextInt(5)), PORTFOLIO_BOARD, Decision.APPROVE,
            "Approved by the portfolio board in its monthly meeting.");
      } else if (s.outcome == Outcome.AT_BOARD) {
        return;
      }
      projectKey = requests.findByKey(requestKey).orElseThrow().getProjectKey();
      live();
    }

    void decide(LocalDate day, String reviewer, Decision decision, String reason) {
      when(day);
      engine.as(reviewer, () -> intake.decide(requestKey, decision, reason,
          groupsOf(reviewer)));
      engine.runJobs(requestKey, projectKey, changeProcesses);
    }

    RequestForm form() {
      Idea idea = s.idea;
      return new RequestForm(idea.title(), idea.summary(),
          "Saves an estimated " + (s.budget.longValue() / 3_000) * 1_000
              + " EUR a year from the second year on, and reduces manual work in "
              + idea.department() + ".",
          s.sponsor, idea.department(), idea.category(),
          idea.category().equals("regulatory") && r.nextBoolean(), s.budget, s.effort, s.start,
          s.start.plusDays(s.spanDays), s.ratings[0], s.ratings[1], s.ratings[2], s.ratings[3],
          s.ratings[4]);
    }

    // the project, stage by stage
    void live() {
      when(s.start.minusDays(5));
      settle();
      plans.save(projectKey, firstPlan(), s.manager.id(), "First plan from the business case");
      Person analyst = DemoCatalog.MANAGERS.get(r.nextInt(DemoCatalog.MANAGERS.size()));
      if (!analyst.equals(s.manager)) {
        team.add(projectKey, analyst.id(), "Business analyst", s.manager.id());
      }
      for (Gate gate : Gate.values()) {
        LocalDate gateDay = gateDay(gate);
        stageWork(gate, gateDay);
        if (s.fate.ordinal() <= Fate.CLOSURE.ordinal() && stageOf(s.fate) == gate) {
          return; // the stage work of this gate is under way
        }
        submitStage(gate, gateDay);
        if (s.fate == Fate.AT_GATE_REVIEW && s.gate == gate) {
          return;
        }
        if (s.recycledAt == gate) {
          review(gate, gateDay.plusDays(3), "RECYCLE",
              "The plan lacks the migration rehearsal; add it and come back.");
          gateDay = gateDay.plusDays(12);
          submitStage(gate, gateDay);
        }
        if (s.fate == Fate.ON_HOLD && s.gate == gate) {
          review(gate, gateDay.plusDays(3), "HOLD",
              "On hold until the budget round confirms the funds.");
          return;
        }
        if (s.fate == Fate.KILLED && s.gate == gate) {
          review(gate, gateDay.plusDays(3), "KILL",
              "The business case no longer holds after the market change; stop here.");
          lessons(gateDay.plusDays(10));
          return;
        }
        review(gate, gateDay.plusDays(3), "GO", null);
      }
      lessons(gateDay(Gate.G4).plusDays(10));
    }

    Gate stageOf(Fate fate) {
      return switch (fate) {
        case INITIATION -> Gate.G1;
        case PLANNING -> Gate.G2;
        case EXECUTION -> Gate.G3;
        default -> Gate.G4;
      };
    }

    LocalDate gateDay(Gate gate) {
      return s.start.plusDays((long) (GATE_AT[gate.ordinal()] * s.spanDays));
    }

    /** What the project does during the stage that ends at the gate. */
    void stageWork(Gate gate, LocalDate gateDay) {
      LocalDate until = gateDay.isBefore(today) ? gateDay : today;
      switch (gate) {
        case G1 -> {
          when(s.start.plusDays(2));
          for (int i = 0; i < 2 + r.nextInt(3); i++) {
            addRisk();
          }
        }
        case G2 -> {
          when(gateDay(Gate.G1).plusDays(6));
          setUpBudget();
          if (r.nextInt(4) == 0) {
            raiseChange(until.minusDays(3));
          }
        }
        case G3 -> {
          LocalDate report = gateDay(Gate.G2).plusDays(7);
          int n = 0;
          while (!report.isAfter(until)) {
            statusReport(report, n++);
            report = report.plusDays(35 + r.nextInt(28));
          }
        }
        default -> { }
      }
    }

    void submitStage(Gate gate, LocalDate day) {
      when(day);
      OpenTask work = engine.openTask(projectKey, "stage-work").orElseThrow(() ->
          new IllegalStateException(projectKey + ": no stage work open at " + gate));
      Object required = engine.localVariable(work, LifecycleVariables.REQUIRED_DELIVERABLES);
      engine.complete(s.manager.id(), work,
          Map.of(LifecycleVariables.DELIVERABLES, required == null ? "" : required));
      settle();
    }

    void review(Gate gate, LocalDate day, String decision, String reason) {
      when(day);
      List<OpenTask> reviews = engine.openTasks(projectKey).stream()
          .filter(t -> t.key().equals("gate-review")
              || t.key().equals("gate-board-review"))
          .toList();
      if (reviews.isEmpty()) {
        throw new IllegalStateException(projectKey + ": no gate review open at " + gate);
      }
      for (OpenTask review : reviews) {
        Object recommended = engine.variable(review, LifecycleVariables.GATE_RECOMMENDATION);
        Map<String, Object> fields = new HashMap<>();
        fields.put(LifecycleVariables.GATE_DECISION, decision);
        if (recommended != null && !decision.equals(recommended.toString())) {
          fields.put(LifecycleVariables.OVERRIDE_REASON, reason != null ? reason
              : "The board accepts the deviations: the sponsor confirmed the benefits and the"
                  + " team has a recovery plan.");
        }
        if (reason != null) {
          fields.put(LifecycleVariables.BOARD_COMMENTS, reason);
        }
        String member = review.assignee() != null ? review.assignee() : GATE_BOARD;
        engine.complete(member, review, fields);
      }
      settle();
    }

    /** Runs the steps and takes the finance and board budget decisions that come up. */
    void settle() {
      for (int guard = 0; guard < 100; guard++) {
        engine.runJobs(requestKey, projectKey, changeProcesses);
        Optional<OpenTask> budgetTask = engine.openTasks(projectKey).stream()
            .filter(t -> t.key().equals("finance-approval")
                || t.key().equals("board-budget-approval")).findFirst();
        if (budgetTask.isEmpty()) {
          return;
        }
        OpenTask task = budgetTask.get();
        if (task.key().equals("finance-approval")) {
          engine.complete(FINANCE, task, Map.of("financeDecision", "APPROVE",
              "financeComment", "Checked against the purchase order."));
        } else {
          engine.complete(GATE_BOARD, task, Map.of("boardBudgetDecision", "APPROVE",
              "boardBudgetComment", "Approved; report the overrun at the next gate."));
        }
      }
      throw new IllegalStateException(projectKey + ": budget approvals do not come to an end");
    }

    Plan firstPlan() {
      int workingDays = (int) (s.spanDays * 5 / 7 * 0.97);
      List<Activity> activities = new ArrayList<>();
      List<Dependency> dependencies = new ArrayList<>();
      for (Step step : DemoCatalog.PLAN) {
        double wobble = 0.85 + r.nextDouble() * 0.3;
        int days = step.share() == 0 ? 0 : Math.max(2, (int) (step.share() * workingDays * wobble));
        activities.add(Activity.of(step.id(), step.name(), days));
        step.after().forEach(p -> dependencies.add(Dependency.fs(p, step.id())));
      }
      return Plan.of(s.start, activities, dependencies);
    }

    void setUpBudget() {
      BigDecimal rest = s.budget;
      for (int i = 0; i < DemoCatalog.BUDGET_LINES.size(); i++) {
        LineShare share = DemoCatalog.BUDGET_LINES.get(i);
        BigDecimal amount = i == DemoCatalog.BUDGET_LINES.size() - 1 ? rest
            : s.budget.multiply(BigDecimal.valueOf(share.share())).setScale(0, RoundingMode.HALF_UP);
        rest = rest.subtract(amount);
        lineIds.put(share.code(), budgets.addLine(projectKey,
            new BudgetLineForm(share.code(), share.name(), amount, null), s.manager.id()).getId());
      }
      var vendor = DemoCatalog.VENDORS.get(r.nextInt(DemoCatalog.VENDORS.size()));
      budgets.addVendor(projectKey, new VendorForm(vendor.id(), vendor.name()), FINANCE);
    }

    void addRisk() {
      RiskForm form = new RiskForm(pick(DemoCatalog.RISKS), null, 1 + r.nextInt(5),
          1 + r.nextInt(5), s.manager.id(), "Tracked in the weekly team meeting.", RiskStatus.OPEN);
      long id = risks.add(projectKey, form, s.manager.id()).getId();
      openRisks.add(id);
      riskForms.put(id, form);
    }

    void statusReport(LocalDate day, int n) {
      when(day);
      book(day.minusDays(1));
      if (!engine.statusDue(projectKey)) {
        return;
      }
      OpenTask task = engine.openTask(projectKey, "status-report").orElseThrow();
      String newRisks = r.nextInt(3) == 0 ? pick(DemoCatalog.RISKS) + "; " + (1 + r.nextInt(5))
          + "; " + (2 + r.nextInt(4)) : "";
      String newIssues = r.nextInt(3) == 0 ? pick(DemoCatalog.ISSUES) + "; "
          + day.plusDays(r.nextInt(40) - 10) + "; "
          + List.of("low", "medium", "high").get(r.nextInt(3)) : "";
      Map<String, Object> fields = new HashMap<>();
      fields.put("progress", progress(day));
      fields.put("newRisks", newRisks);
      fields.put("newIssues", newIssues);
      fields.put("statusSummary", s.pace < 0.85 ? "Behind plan; recovery actions agreed."
          : "Work is on track.");
      engine.complete(s.manager.id(), task, fields);
      settle();
      closeSomeEntries();
      if (n == 2 && !changeRaised && r.nextBoolean()) {
        raiseChange(day.plusDays(1));
      }
    }

    /** Progress per activity against the baseline, at the project's pace. */
    String progress(LocalDate day) {
      PlanView latest = plans.latest(projectKey);
      Map<String, ScheduledActivity> planned = plans.latestBaseline(projectKey).orElse(latest)
          .schedule().activities().stream()
          .collect(Collectors.toMap(ScheduledActivity::id, Function.identity()));
      Map<String, Activity> now = latest.plan().activities().stream()
          .collect(Collectors.toMap(Activity::id, Function.identity()));
      Map<String, Boolean> finished = new HashMap<>();
      StringBuilder lines = new StringBuilder();
      for (Step step : DemoCatalog.PLAN) {
        Activity activity = now.get(step.id());
        ScheduledActivity plan = planned.get(step.id());
        if (activity == null || plan == null) {
          continue;
        }
        if (activity.finished()) {
          finished.put(step.id(), true);
          continue;
        }
        LocalDate start = activity.actualStart() != null ? activity.actualStart()
            : plan.startDate();
        if (start.isAfter(day)) {
          continue;
        }
        if (activity.milestone()) {
          if (step.after().stream().allMatch(p -> finished.getOrDefault(p, false))) {
            finished.put(step.id(), true);
            lines.append(step.id()).append(" 100 ").append(day).append(' ').append(day)
                .append('\n');
          }
          continue;
        }
        long plannedDays = Math.max(1, ChronoUnit.DAYS.between(plan.startDate(),
            plan.finishDate()) + 1);
        double share = (ChronoUnit.DAYS.between(start, day) + 1) * s.pace / plannedDays;
        if (share >= 1) {
          LocalDate finish = start.plusDays(Math.max(0, (long) (plannedDays / s.pace) - 1));
          if (finish.isAfter(day)) {
            finish = day;
          }
          finished.put(step.id(), true);
          lines.append(step.id()).append(" 100 ").append(start).append(' ').append(finish)
              .append('\n');
        } else if (share > 0.01) {
          lines.append(step.id()).append(' ').append(Math.round(share * 100)).append(' ')
              .append(start).append('\n');
        }
      }
      return lines.toString();
    }

    /** Invoices and expenses up to the value earned so far, at the project's cost rate. */
    void book(LocalDate day) {
      if (lineIds.isEmpty()) {
        return;
      }
      double earned = earnedShare(day);
      BigDecimal target = s.budget.multiply(BigDecimal.valueOf(earned * s.costRate))
          .setScale(0, RoundingMode.HALF_UP);
      BigDecimal due = target.subtract(booked);
      if (due.compareTo(BigDecimal.valueOf(500)) < 0) {
        return;
      }
      BigDecimal invoiced = due.multiply(BigDecimal.valueOf(0.6)).setScale(0, RoundingMode.HALF_UP);
      BigDecimal spent = due.subtract(invoiced);
      String vendor = budgets.vendors(projectKey).get(0).getVendorId();
      var invoice = budgets.recordInvoice(projectKey, new InvoiceForm(lineIds.get("SERVICES"),
          vendor, projectKey.substring(4) + "-" + (++invoiceNumber), invoiced, day,
          "PO-" + projectKey.substring(4)), FINANCE);
      budgetValidations.forInvoice(projectKey, invoice.invoice().getId());
      var expense = budgets.addExpense(projectKey, new ExpenseForm(lineIds.get("STAFF"),
          "Internal staff hours up to " + day, spent, day), s.manager.id());
      budgetValidations.forExpense(projectKey, expense.getId());
      booked = target;
      settle();
    }

    /** The share of the plan's working days done by the day, at the project's pace. */
    double earnedShare(LocalDate day) {
      Optional<PlanView> baseline = plans.latestBaseline(projectKey);
      if (baseline.isEmpty()) {
        return 0;
      }
      double total = 0;
      double done = 0;
      for (ScheduledActivity a : baseline.get().schedule().activities()) {
        long days = Math.max(0, ChronoUnit.DAYS.between(a.startDate(), a.finishDate()) + 1);
        total += days;
        if (!a.startDate().isAfter(day)) {
          done += Math.min(days, (ChronoUnit.DAYS.between(a.startDate(), day) + 1) * s.pace);
        }
      }
      return total == 0 ? 0 : Math.min(1, done / total);
    }

    void closeSomeEntries() {
      if (!openRisks.isEmpty() && r.nextInt(3) == 0) {
        long id = openRisks.remove(0);
        RiskForm f = riskForms.get(id);
        risks.update(projectKey, id, new RiskForm(f.title(), f.description(), f.probability(),
            f.impact(), f.owner(), f.mitigation(), RiskStatus.CLOSED), s.manager.id());
      }
      issues.of(projectKey).stream().filter(i -> i.getStatus() != IssueStatus.DONE)
          .filter(i -> r.nextBoolean()).findFirst().ifPresent(i ->
              issues.update(projectKey, i.getId(), new IssueForm(i.getTitle(), i.getDescription(),
                  i.getOwner(), i.getDueDate(), i.getSeverity(), IssueStatus.DONE),
                  s.manager.id()));
    }

    void raiseChange(LocalDate day) {
      when(day);
      PlanView latest = plans.latest(projectKey);
      Optional<Activity> open = latest.plan().activities().stream()
          .filter(a -> !a.finished() && !a.milestone() && !a.started()).findFirst();
      if (open.isEmpty()) {
        return;
      }
      Activity activity = open.get();
      int more = 3 + r.nextInt(Math.max(2, activity.durationDays() / 3));
      BigDecimal asked = r.nextBoolean() ? BigDecimal.ZERO
          : s.budget.multiply(BigDecimal.valueOf(0.02 + r.nextDouble() * 0.12))
              .setScale(0, RoundingMode.HALF_UP);
      ChangeRequestForm form = new ChangeRequestForm(pick(DemoCatalog.CHANGE_REASONS), asked,
          List.of(new ChangeItem(ChangeItem.Type.REESTIMATE, activity.id(), null,
              activity.durationDays() + more, null, null, null, null, null, null, null)));
      ChangeRequest change = engine.as(s.manager.id(),
          () -> changeProcess.raise(projectKey, form)).change();
      changeRaised = true;
      changeProcesses.add(change.getProcessInstanceId());
      settle();
      change = changes.get(change.getKey());
      if (change.getStatus() != ChangeStatus.ANALYSED || r.nextInt(6) == 0) {
        return; // some changes still wait for their approver
      }
      when(day.plusDays(2 + r.nextInt(5)));
      String approver = change.getApprover();
      String decider = switch (approver) {
        case PmoGroups.CHANGE_BOARD -> CHANGE_BOARD;
        case PmoGroups.GATE_BOARD -> GATE_BOARD;
        default -> approver;
      };
      boolean approve = r.nextInt(5) > 0;
      String key = change.getKey();
      engine.as(decider, () -> changeProcess.decide(projectKey, key,
          approve ? "APPROVE" : "REJECT", approve ? "Justified; the sponsor agreed."
              : "Not worth the delay; keep the current scope."));
      settle();
    }

    void lessons(LocalDate day) {
      when(day);
      settle();
      for (OpenTask task : engine.openTasks(projectKey)) {
        if (!task.key().equals("submit-lesson")) {
          continue;
        }
        LessonText lesson = DemoCatalog.LESSONS.get(r.nextInt(DemoCatalog.LESSONS.size()));
        engine.complete(task.assignee(), task, Map.of(
            PostMortemVariables.WENT_WELL, lesson.wentWell(),
            PostMortemVariables.WENT_BADLY, lesson.wentBadly(),
            PostMortemVariables.RECOMMENDATIONS, lesson.recommendation(),
            PostMortemVariables.LESSON_CATEGORY, lesson.category()));
      }
      settle();
      when(day.plusDays(5));
      engine.openTask(projectKey, "pmo-review").ifPresent(task -> {
        engine.complete(PMO, task, Map.of(PostMortemVariables.LESSON_TAGS, "",
            PostMortemVariables.WITHHELD_LESSONS, "",
            PostMortemVariables.REVIEW_SUMMARY, "Reviewed with the team; lessons published."));
        settle();
      });
    }

    <T> T pick(List<T> list) {
      return list.get(r.nextInt(list.size()));
    }
  }

  private static List<String> groupsOf(String reviewer) {
    return switch (reviewer) {
      case PORTFOLIO_BOARD -> List.of(PmoGroups.REQUESTER, PmoGroups.PORTFOLIO_BOARD);
      default -> List.of(PmoGroups.REQUESTER, PmoGroups.PMO);
    };
  }
}
