package org.pmoengine.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskRepository extends JpaRepository<Risk, Long> {

  List<Risk> findByProjectKeyOrderByScoreDescIdAsc(String projectKey);

  Optional<Risk> findByIdAndProjectKey(Long id, String projectKey);

  List<Risk> findByProjectKeyAndStatusInAndScoreGreaterThanEqualOrderByScoreDescIdAsc(
      String projectKey, Collection<RiskStatus> statuses, int score);
}
