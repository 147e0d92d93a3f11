package org.pmoengine.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pmoengine.project.ProjectKeys;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.io.GanttSvg;
import org.pmoengine.scheduling.io.ImportResult;
import org.pmoengine.scheduling.io.MspdiExporter;
import org.pmoengine.scheduling.io.PlanImporter;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project plans: every recomputation is stored as a new version, a baseline is a frozen copy of
 * the latest version. A plan with problems is refused before anything is written.
 */
@Service
public class PlanService {

  private static final Logger log = LoggerFactory.getLogger(PlanService.class);
  private static final int MAX_FILE_NAME = 200;

  private final PlanVersionRepository versions;
  private final PlanCalculator calculator;
  private final ObjectMapper json;
  private final Clock clock;

  public PlanService(PlanVersionRepository versions, PlanCalculator calculator, ObjectMapper json,
      Optional<Clock> clock) {
    this.versions = versions;
    this.calculator = calculator;
    this.json = json;
    this.clock = clock.orElse(Clock.systemDefaultZone());
  }

  /** Computes a schedule without storing anything. */
  public ComputedPlan compute(Plan plan) {
    return calculator.compute(plan);
  }

  /** Computes the plan and stores it as the project's next version. */
  @Transactional
  public PlanView save(String projectKey, Plan plan, String user, String reason) {
    ProjectKeys.requireValid(projectKey);
    requireReason(reason);
    ComputedPlan computed = calculator.compute(plan);
    return view(store(projectKey, PlanKind.CURRENT, plan, computed.schedule(), user, reason));
  }

  /** Reads a file (MS Project, MPX, XER...) and stores it as the next version. */
  @Transactional
  public ImportedPlan importFile(String projectKey, InputStream file, String fileName, String user) {
    ProjectKeys.requireValid(projectKey);
    ImportResult imported = new PlanImporter().read(file);
    PlanView stored = save(projectKey, imported.plan(), user, "Imported from " + shortened(fileName));
    log.info("Imported plan of {} from {}: {} activities, {} items skipped", projectKey, fileName,
        imported.plan().activities().size(), imported.skipped().size());
    return new ImportedPlan(stored, imported.skipped());
  }

  /**
   * Reads a file and computes its schedule as {@link #importFile} would, storing nothing: the
   * same limits and checks refuse the same files.
   */
  public PlanPreview preview(InputStream file) {
    ImportResult imported = new PlanImporter().read(file);
    ComputedPlan computed = calculator.compute(imported.plan());
    return new PlanPreview(imported.plan(), imported.projectName(), computed.finishDate(),
        imported.skipped());
  }

  /** Freezes the latest version as a baseline (a new version of kind BASELINE). */
  @Transactional
  public PlanView freezeBaseline(String projectKey, String user, String reason) {
    requireReason(reason);
    PlanVersion latest = latestVersion(projectKey);
    PlanVersion baseline = new PlanVersion(projectKey, versions.lastVersion(projectKey) + 1,
        PlanKind.BASELINE, latest.getPlanJson(), latest.getScheduleJson(), latest.getFinishDate(), 0,
        clock.instant(), user, reason == null ? "Baseline of version " + latest.getVersion() : reason);
    log.info("Baseline of {} frozen from version {}", projectKey, latest.getVersion());
    return view(versions.save(baseline));
  }

  /**
   * Recomputes the latest version (with the actuals it holds) and stores the result as the
   * next version; compares the finish with the latest baseline.
   */
  @Transactional
  public Recomputation recompute(String projectKey, String user, String reason) {
    requireReason(reason);
    PlanView latest = view(latestVersion(projectKey));
    Plan plan = latest.plan();
    ComputedPlan computed = calculator.compute(plan);
    PlanVersion stored = store(projectKey, PlanKind.CURRENT, plan, computed.schedule(), user, reason);
    Schedule schedule = computed.schedule();
    int slip = stored.getSlipDays() == null ? 0 : stored.getSlipDays();
    log.info("Plan of {} recomputed as version {}: finish {}, slip {} working days", projectKey,
        stored.getVersion(), schedule.finishDate(), slip);
    return new Recomputation(stored.getVersion(), schedule.finishDate(), slip,
        schedule.finishOffset(), computed.overallocatedResources());
  }

  /** Recomputes the plan when the project has one; empty when it has no plan yet. */
  @Transactional
  public Optional<Recomputation> recomputeIfPlanned(String projectKey, String user,
      String reason) {
    return hasPlan(projectKey) ? Optional.of(recompute(projectKey, user, reason))
        : Optional.empty();
  }

  @Transactional(readOnly = true)
  public PlanView latest(String projectKey) {
    return view(latestVersion(projectKey));
  }

  /**
   * Working days the latest version's finish lies behind the latest baseline, as stored with the
   * version; empty without a plan or before the first baseline.
   */
  @Transactional(readOnly = true)
  public Optional<Integer> slipDays(String projectKey) {
    return versions.findFirstByProjectKeyOrderByVersionDesc(projectKey)
        .map(PlanVersion::getSlipDays);
  }

  /** Whether the project has a plan; reads no plan. */
  @Transactional(readOnly = true)
  public boolean hasPlan(String projectKey) {
    return versions.existsByProjectKey(projectKey);
  }

  /** The latest version, or empty when the project has no plan yet. */
  @Transactional(readOnly = true)
  public Optional<PlanView> latestIfAny(String projectKey) {
    return versions.findFirstByProjectKeyOrderByVersionDesc(projectKey).map(this::view);
  }

  /** One stored version of the project's plan. */
  @Transactional(readOnly = true)
  public PlanView version(String projectKey, int version) {
    return versions.findByProjectKeyAndVersion(projectKey, version).map(this::view)
        .orElseThrow(() -> new NotFoundException(
            "Project " + projectKey + " has no plan version " + version + "."));
  }

  @Transactional(readOnly = true)
  public Optional<PlanView> latestBaseline(String projectKey) {
    return versions.findFirstByProjectKeyAndKindOrderByVersionDesc(projectKey, PlanKind.BASELINE)
        .map(this::view);
  }

  /**
   * Stored versions by their ids, read in one query; for read models that keep the figures of a
   * version, which never changes once written.
   */
  @Transactional(readOnly = true)
  public Map<Long, PlanView> versionsById(Collection<Long> ids) {
    Map<Long, PlanView> found = new HashMap<>();
    for (PlanVersion v : versions.findAllById(ids)) {
      found.put(v.getId(), view(v));
    }
    return found;
  }

  @Transactional(readOnly = true)
  public List<PlanView> history(String projectKey) {
    return versions.findByProjectKeyOrderByVersionAsc(projectKey).stream().map(this::view).toList();
  }

  /** The latest version as MS Project XML, with the latest baseline's dates when there is one. */
  @Transactional(readOnly = true)
  public byte[] mspdi(String projectKey) {
    PlanView plan = latest(projectKey);
    Schedule baseline = latestBaseline(projectKey).map(PlanView::schedule).orElse(null);
    return new MspdiExporter().write(projectKey, plan.plan(), plan.schedule(), baseline);
  }

  /** The latest version as a Gantt chart, beside the latest baseline when there is one. */
  @Transactional(readOnly = true)
  public String gantt(String projectKey) {
    PlanView plan = latest(projectKey);
    Schedule baseline = latestBaseline(projectKey).map(PlanView::schedule).orElse(null);
    LocalDate status = plan.plan().statusDate() != null ? plan.plan().statusDate() : LocalDate.now(clock);
    return new GanttSvg().render(projectKey + " plan, version " + plan.version() + ", finish "
        + plan.finishDate(), plan.plan(), plan.schedule(), baseline, status);
  }

  /** Refused before anything is computed: the column holds {@value PlanVersion#MAX_REASON}. */
  private static void requireReason(String reason) {
    if (reason != null && reason.length() > PlanVersion.MAX_REASON) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", "The reason is "
          + reason.length() + " characters long; at most " + PlanVersion.MAX_REASON + " are allowed.")));
    }
  }

  /** A file name short enough for the version's reason. */
  private static String shortened(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "a file";
    }
    return fileName.length() <= MAX_FILE_NAME ? fileName : fileName.substring(0, MAX_FILE_NAME) + "...";
  }

  private PlanVersion latestVersion(String projectKey) {
    ProjectKeys.requireValid(projectKey);
    return versions.findFirstByProjectKeyOrderByVersionDesc(projectKey)
        .orElseThrow(() -> new NotFoundException("Project " + projectKey + " has no plan yet."));
  }

  private PlanVersion store(String projectKey, PlanKind kind, Plan plan, Schedule schedule,
      String user, String reason) {
    PlanVersion version = new PlanVersion(projectKey, versions.lastVersion(projectKey) + 1, kind,
        write(plan), write(schedule), schedule.finishDate(),
        slipDays(projectKey, kind, plan, schedule), clock.instant(), user, reason);
    return versions.save(version);
  }

  /**
   * The slip stored with a version: its finish against the latest baseline's, in working days of
   * the version's calendar, so that a moved project start does not distort it.
   */
  private Integer slipDays(String projectKey, PlanKind kind, Plan plan, Schedule schedule) {
    if (kind == PlanKind.BASELINE) {
      return 0;
    }
    return versions.findFirstByProjectKeyAndKindOrderByVersionDesc(projectKey, PlanKind.BASELINE)
        .map(b -> plan.calendar().offsetOf(plan.projectStart(), schedule.finishDate())
            - plan.calendar().offsetOf(plan.projectStart(), b.getFinishDate()))
        .orElse(null);
  }

  private PlanView view(PlanVersion v) {
    try {
      return new PlanView(v.getProjectKey(), v.getVersion(), v.getKind(), v.getCreatedAt(),
          v.getCreatedBy(), v.getReason(), v.getFinishDate(),
          json.readValue(v.getPlanJson(), Plan.class),
          json.readValue(v.getScheduleJson(), Schedule.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored plan version " + v.getVersion() + " of "
          + v.getProjectKey() + " cannot be read", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Plan cannot be written as JSON", e);
    }
  }
}
