package org.pmoengine.postmortem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecordedEstimateRepository extends JpaRepository<RecordedEstimate, Long> {

  /** The sums of one category; the sums are null when it has no rows. */
  interface CategoryTotals {
    long getProjects();
    Long getPlannedDays();
    Long getActualDays();
  }

  List<RecordedEstimate> findByProjectKeyOrderByKind(String projectKey);

  @Query("""
      select count(distinct e.projectKey) as projects, sum(e.plannedDays) as plannedDays,
             sum(e.actualDays) as actualDays
      from RecordedEstimate e where e.category = :category""")
  CategoryTotals totalsOf(String category);

  /** A bulk delete, run at once, so that the project's new rows never meet its old ones. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from RecordedEstimate e where e.projectKey = :projectKey")
  int deleteByProjectKey(String projectKey);
}
