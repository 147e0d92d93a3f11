package org.pmoengine.postmortem;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pmoengine.intake.CategoryTrackRecord;
import org.pmoengine.intake.CategoryTrackRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well finished projects were estimated, kept per project and activity kind and read back
 * per intake category. The post-mortem records a project when it computes its metrics; intake
 * scoring reads the category of a new request, so that the next request learns from the last
 * projects.
 */
@Service
public class EstimationHistory implements CategoryTrackRecords {

  private static final Logger log = LoggerFactory.getLogger(EstimationHistory.class);

  private final RecordedEstimateRepository rows;
  private final Clock clock;

  public EstimationHistory(RecordedEstimateRepository rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  /**
   * Replaces the project's rows with these estimates, so that recording a project again (a
   * retried or re-run post-mortem) leaves the same rows once. Estimates of the same kind are
   * added up into one row.
   */
  @Transactional
  public void record(String projectKey, String category, List<KindEstimate> estimates) {
    if (projectKey == null || projectKey.isBlank() || category == null || category.isBlank()) {
      throw new IllegalArgumentException("Estimates are recorded for a project key and a category"
          + " (got '" + projectKey + "', '" + category + "')");
    }
    Map<String, KindEstimate> byKind = new LinkedHashMap<>();
    for (KindEstimate e : estimates) {
      byKind.merge(e.kind(), e, (a, b) -> new KindEstimate(a.kind(),
          a.plannedDays() + b.plannedDays(), a.actualDays() + b.actualDays()));
    }
    rows.deleteByProjectKey(projectKey);
    var now = clock.instant();
    rows.saveAll(byKind.values().stream()
        .map(e -> new RecordedEstimate(projectKey, category, e, now)).toList());
    log.info("Estimation of project {} ({}) recorded, one row per activity kind: {}", projectKey,
        category, byKind.keySet());
  }

  /** The sums over the finished projects of the category; empty when none has planned days. */
  @Transactional(readOnly = true)
  public Optional<CategoryEstimation> forCategory(String category) {
    RecordedEstimateRepository.CategoryTotals totals = rows.totalsOf(category);
    if (totals == null || totals.getPlannedDays() == null || totals.getPlannedDays() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new CategoryEstimation(category, (int) totals.getProjects(),
        totals.getPlannedDays(), totals.getActualDays()));
  }

  /** The intake's view of the same sums: the track record its scoring rules read. */
  @Override
  @Transactional(readOnly = true)
  public Optional<CategoryTrackRecord> of(String category) {
    return forCategory(category).map(e -> new CategoryTrackRecord(e.category(), e.projects(),
        e.overrunPercent()));
  }
}
