package org.pmoengine.workspace;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.pmoengine.budget.EarnedValue;
import org.pmoengine.intake.RequestStatus;
import org.pmoengine.plans.PlanKind;
import org.pmoengine.project.Gate;
import org.pmoengine.project.People;
import org.pmoengine.project.ProjectStatus;
import org.pmoengine.project.Rag;
import org.pmoengine.project.Stage;
import org.pmoengine.project.WarningLevel;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.workspace.PlanFigures.VersionFigures;
import org.pmoengine.workspace.PortfolioDashboard.FunnelStep;
import org.pmoengine.workspace.PortfolioDashboard.OverdueReview;
import org.pmoengine.workspace.PortfolioDashboard.UpcomingGate;
import org.pmoengine.workspace.PortfolioTasks.ReviewTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of the portfolio: every project with its earned value, and the dashboard's
 * figures. It reads the tables in a handful of aggregate queries whatever the number of projects
 * (projects with their requests, plan versions, bookings per day), and computes earned value
 * exactly as {@link org.pmoengine.budget.ProjectEarnedValue} does for one project.
 */
@Service
public class PortfolioFigures {

  /** Overdue reviews and gates in review listed on the dashboard; the rest are counted. */
  static final int LISTED = 15;

  private final EntityManager entities;
  private final PlanFigures plans;
  private final PortfolioTasks tasks;
  private final People people;
  private final CurrentUser user;
  private final Clock clock;

  PortfolioFigures(EntityManager entities, PlanFigures plans, PortfolioTasks tasks, People people,
      CurrentUser user, Clock clock) {
    this.entities = entities;
    this.plans = plans;
    this.tasks = tasks;
    this.people = people;
    this.user = user;
    this.clock = clock;
  }

  /** Whether the signed-in person sees every project (the PMO and the boards). */
  public boolean seesPortfolio() {
    return Viewer.seesPortfolio(user.groups());
  }

  /**
   * The projects the signed-in person may see: all of them for the PMO and the boards, else those
   * they manage, sponsor or work on. Ordered by key.
   */
  @Transactional(readOnly = true)
  public List<ProjectRow> projects() {
    return load(!seesPortfolio(), false).rows();
  }

  /** The dashboard; only for the PMO and the boards. */
  @Transactional(readOnly = true)
  public PortfolioDashboard dashboard() {
    if (!seesPortfolio()) {
      throw new ForbiddenException(
          "The portfolio dashboard is for the PMO and the boards.");
    }
    Loaded loaded = load(false, true);
    LocalDate today = LocalDate.now(clock);
    PortfolioCurve curve = PortfolioCurve.of(curveInputs(loaded), today);
    return PortfolioDashboard.of(loaded.rows(), funnel(), curve, upcomingGates(loaded.rows()),
        overdue(), overrunWarnings());
  }

  private record Version(long id, String projectKey, int number, PlanKind kind,
      LocalDate finish, Integer slipDays, Instant createdAt) {}

  private record Loaded(List<ProjectRow> rows, Map<String, List<Version>> versions,
      Map<String, NavigableMap<LocalDate, BigDecimal>> bookings,
      Map<Long, VersionFigures> figures) {}

  private Loaded load(boolean onlyInvolved, boolean everyVersion) {
    List<Object[]> projectRows = projectQuery(onlyInvolved);
    Set<String> keys = new HashSet<>();
    projectRows.forEach(r -> keys.add((String) r[0]));
    if (keys.isEmpty()) {
      return new Loaded(List.of(), Map.of(), Map.of(), Map.of());
    }
    Collection<String> only = onlyInvolved ? keys : null;
    Map<String, List<Version>> versions = versions(only);
    Map<String, NavigableMap<LocalDate, BigDecimal>> bookings = bookings(only);
    Set<Long> wanted = new HashSet<>();
    for (List<Version> list : versions.values()) {
      if (everyVersion) {
        list.forEach(v -> wanted.add(v.id()));
      } else {
        wanted.add(latest(list).id());
        reference(list).ifPresent(v -> wanted.add(v.id()));
      }
    }
    Map<Long, VersionFigures> figures = plans.of(wanted);
    Set<String> inReview = new HashSet<>();
    for (ReviewTask task : tasks.openGateReviews()) {
      inReview.add(task.businessKey());
    }
    Map<String, String> names = managerNames(projectRows);
    LocalDate today = LocalDate.now(clock);
    List<ProjectRow> rows = new ArrayList<>();
    for (Object[] r : projectRows) {
      String key = (String) r[0];
      List<Version> list = versions.getOrDefault(key, List.of());
      BigDecimal budget = r[8] == null ? BigDecimal.ZERO : (BigDecimal) r[8];
      Version latest = list.isEmpty() ? null : latest(list);
      EarnedValue ev = earnedValue(budget, list, figures,
          bookings.getOrDefault(key, new TreeMap<>()), today);
      ProjectStatus status = (ProjectStatus) r[2];
      Stage stage = (Stage) r[3];
      Gate next = status == ProjectStatus.ACTIVE && stage != null ? gateAfter(stage) : null;
      Double value = r[9] == null ? null : (((Integer) r[9]) + ((Integer) r[10])) / 2.0;
      rows.add(new ProjectRow(key, (String) r[1], status, stage, (Rag) r[4], (String) r[5],
          names.getOrDefault((String) r[5], (String) r[5]), (String) r[6], (String) r[7], budget,
          ev, latest == null ? null : latest.finish(), latest == null ? null : latest.slipDays(),
          next, next != null && inReview.contains(key), value, (Integer) r[11]));
    }
    rows.sort(Comparator.comparing(ProjectRow::key));
    return new Loaded(rows, versions, bookings, figures);
  }

  private List<Object[]> projectQuery(boolean onlyInvolved) {
    String select = """
        select p.key, p.name, p.status, p.stage, p.health, p.manager, p.department, p.category,
            p.budget, r.businessValue, r.strategicAlignment, r.deliveryRisk
        from Project p left join ProjectRequest r on r.key = p.requestKey""";
    if (!onlyInvolved) {
      return entities.createQuery(select, Object[].class).getResultList();
    }
    return entities.createQuery(select + "\n" + """
         where p.manager = :userId or p.sponsor = :userId
            or exists (select m.id from ProjectMember m
                where m.projectKey = p.key and m.userId = :userId)""", Object[].class)
        .setParameter("userId", user.id()).getResultList();
  }

  private Map<String, List<Version>> versions(Collection<String> only) {
    String select = """
        select v.id, v.projectKey, v.version, v.kind, v.finishDate, v.slipDays, v.createdAt
        from PlanVersion v""";
    var query = only == null ? entities.createQuery(select, Object[].class)
        : entities.createQuery(select + " where v.projectKey in :keys", Object[].class)
            .setParameter("keys", only);
    Map<String, List<Version>> versions = new HashMap<>();
    for (Object[] r : query.getResultList()) {
      Version v = new Version((Long) r[0], (String) r[1], (Integer) r[2], (PlanKind) r[3],
          (LocalDate) r[4], (Integer) r[5], (Instant) r[6]);
      versions.computeIfAbsent(v.projectKey(), k -> new ArrayList<>()).add(v);
    }
    versions.values().forEach(l -> l.sort(Comparator.comparingInt(Version::number)));
    return versions;
  }

  /** Booked invoices and expenses, summed per project and day. */
  private Map<String, NavigableMap<LocalDate, BigDecimal>> bookings(Collection<String> only) {
    String filter = only == null ? "" : " and b.projectKey in :keys";
    List<String> queries = List.of(
        "select b.projectKey, b.invoiceDate, sum(b.amount) from Invoice b"
            + " where b.status <> org.pmoengine.budget.InvoiceStatus.REJECTED" + filter
            + " group by b.projectKey, b.invoiceDate",
        "select b.projectKey, b.expenseDate, sum(b.amount) from Expense b where 1 = 1" + filter
            + " group by b.projectKey, b.expenseDate");
    Map<String, NavigableMap<LocalDate, BigDecimal>> bookings = new HashMap<>();
    for (String jpql : queries) {
      var query = entities.createQuery(jpql, Object[].class);
      if (only != null) {
        query.setParameter("keys", only);
      }
      for (Object[] r : query.getResultList()) {
        bookings.computeIfAbsent((String) r[0], k -> new TreeMap<>())
            .merge((LocalDate) r[1], (BigDecimal) r[2], BigDecimal::add);
      }
    }
    return bookings;
  }

  private Map<String, String> managerNames(List<Object[]> projectRows) {
    Set<String> managers = new HashSet<>();
    projectRows.stream().map(r -> (String) r[5]).filter(Objects::nonNull).forEach(managers::add);
    Map<String, String> names = new HashMap<>();
    people.find(managers).forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  /**
   * As for one project: the planned share from the baseline (the latest version before one is
   * frozen) at the latest version's status date, the earned share from the latest version, and
   * the cost booked up to that date.
   */
  static EarnedValue earnedValue(BigDecimal budget, List<Version> versions,
      Map<Long, VersionFigures> figures, NavigableMap<LocalDate, BigDecimal> bookings,
      LocalDate today) {
    double planned = 0;
    double earned = 0;
    LocalDate statusDate = today;
    if (!versions.isEmpty()) {
      VersionFigures latest = figures.get(latest(versions).id());
      VersionFigures reference = figures.get(reference(versions).orElseThrow().id());
      if (latest.statusDate() != null) {
        statusDate = latest.statusDate();
      }
      planned = reference.plannedShare(statusDate);
      earned = latest.earnedShare();
    }
    return EarnedValue.of(budget, planned, earned, costUpTo(bookings, statusDate));
  }

  static BigDecimal costUpTo(NavigableMap<LocalDate, BigDecimal> bookings, LocalDate date) {
    return bookings.headMap(date, true).values().stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Version latest(List<Version> versions) {
    return versions.get(versions.size() - 1);
  }

  private static java.util.Optional<Version> reference(List<Version> versions) {
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).kind() == PlanKind.BASELINE) {
        return java.util.Optional.of(versions.get(i));
      }
    }
    return versions.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(latest(versions));
  }

  static Gate gateAfter(Stage stage) {
    for (Gate gate : Gate.values()) {
      if (gate.stageBefore() == stage) {
        return gate;
      }
    }
    throw new IllegalArgumentException("No gate ends stage " + stage);
  }

  private List<PortfolioCurve.Project> curveInputs(Loaded loaded) {
    ZoneId zone = clock.getZone();
    List<PortfolioCurve.Project> inputs = new ArrayList<>();
    for (ProjectRow row : loaded.rows()) {
      List<Version> list = loaded.versions().get(row.key());
      if (list == null || list.isEmpty()) {
        continue;
      }
      List<PortfolioCurve.Progress> progress = new ArrayList<>();
      for (Version v : list) {
        VersionFigures f = loaded.figures().get(v.id());
        LocalDate asOf = f.statusDate() != null ? f.statusDate()
            : v.createdAt().atZone(zone).toLocalDate();
        progress.add(new PortfolioCurve.Progress(asOf, f.earnedShare()));
      }
      inputs.add(new PortfolioCurve.Project(row.budget(),
          loaded.figures().get(reference(list).orElseThrow().id()), progress,
          loaded.bookings().getOrDefault(row.key(), new TreeMap<>())));
    }
    return inputs;
  }

  /** The intake funnel: every request submitted, then where each stands now. */
  private List<FunnelStep> funnel() {
    Map<RequestStatus, Long> byStatus = new HashMap<>();
    for (Object[] r : entities.createQuery(
        "select r.status, count(r) from ProjectRequest r group by r.status", Object[].class)
        .getResultList()) {
      byStatus.put((RequestStatus) r[0], (Long) r[1]);
    }
    long atBoard = entities.createQuery("""
        select count(r) from ProjectRequest r
        where r.status = org.pmoengine.intake.RequestStatus.IN_REVIEW and exists (
            select d.id from ReviewDecision d where d.requestKey = r.key
                and d.stage = org.pmoengine.intake.ReviewStage.PMO_TRIAGE
                and d.decision = org.pmoengine.intake.Decision.APPROVE
                and d.id = (select max(d2.id) from ReviewDecision d2
                    where d2.requestKey = r.key))""", Long.class).getSingleResult();
    long open = byStatus.getOrDefault(RequestStatus.SUBMITTED, 0L)
        + byStatus.getOrDefault(RequestStatus.IN_REVIEW, 0L)
        + byStatus.getOrDefault(RequestStatus.MORE_INFORMATION, 0L);
    long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
    return List.of(
        new FunnelStep("SUBMITTED", "Submitted", all),
        new FunnelStep("TRIAGE", "In triage", open - atBoard),
        new FunnelStep("BOARD", "At the board", atBoard),
        new FunnelStep("APPROVED", "Approved", byStatus.getOrDefault(RequestStatus.APPROVED, 0L)),
        new FunnelStep("REJECTED", "Rejected", byStatus.getOrDefault(RequestStatus.REJECTED, 0L)),
        new FunnelStep("DEFERRED", "Deferred", byStatus.getOrDefault(RequestStatus.DEFERRED, 0L)));
  }

  private List<UpcomingGate> upcomingGates(List<ProjectRow> rows) {
    Map<String, ProjectRow> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r.key(), r));
    List<UpcomingGate> gates = new ArrayList<>();
    for (ReviewTask task : tasks.openGateReviews()) {
      ProjectRow row = byKey.get(task.businessKey());
      if (row != null && row.nextGate() != null) {
        gates.add(new UpcomingGate(row.key(), row.name(), row.nextGate(), task.created(),
            task.due(), task.id()));
      }
    }
    gates.sort(Comparator.comparing(UpcomingGate::since));
    return gates.stream().limit(LISTED).toList();
  }

  private PortfolioDashboard.Overdue overdue() {
    PortfolioTasks.Overdue found = tasks.overdue(clock.instant(), LISTED);
    Set<String> instances = new HashSet<>();
    found.oldest().stream().filter(ReviewTask::isIntakeReview)
        .forEach(t -> instances.add(t.processInstanceId()));
    Map<String, String> requestKeys = new HashMap<>();
    if (!instances.isEmpty()) {
      for (Object[] r : entities.createQuery("""
          select r.processInstanceId, r.key, r.title from ProjectRequest r
          where r.processInstanceId in :ids""", Object[].class)
          .setParameter("ids", instances).getResultList()) {
        requestKeys.put((String) r[0], (String) r[1]);
      }
    }
    List<OverdueReview> reviews = found.oldest().stream().map(t -> new OverdueReview(
        t.isIntakeReview() ? requestKeys.get(t.processInstanceId()) : t.businessKey(),
        t.isIntakeReview(), t.name(), t.created(), t.due(), t.id())).toList();
    return new PortfolioDashboard.Overdue(found.count(), reviews);
  }

  private long overrunWarnings() {
    return entities.createQuery("""
        select count(p) from Project p where p.warningLevel <> :none
            and p.status = org.pmoengine.project.ProjectStatus.ACTIVE""", Long.class)
        .setParameter("none", WarningLevel.NONE).getSingleResult();
  }
}
