package org.pmoengine.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

  Optional<PlanVersion> findFirstByProjectKeyOrderByVersionDesc(String projectKey);

  Optional<PlanVersion> findFirstByProjectKeyAndKindOrderByVersionDesc(String projectKey, PlanKind kind);

  List<PlanVersion> findByProjectKeyOrderByVersionAsc(String projectKey);

  @Query("select coalesce(max(p.version), 0) from PlanVersion p where p.projectKey = ?1")
  int lastVersion(String projectKey);

  long countByProjectKey(String projectKey);

  boolean existsByProjectKey(String projectKey);

  Optional<PlanVersion> findByProjectKeyAndVersion(String projectKey, int version);
}
