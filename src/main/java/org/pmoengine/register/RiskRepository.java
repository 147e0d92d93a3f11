package org.pmoengine.register;

import java.util.Collection;
import java.util.List;

public interface RiskRepository extends RegisterEntryRepository<Risk> {

  List<Risk> findByProjectKeyOrderByScoreDescIdAsc(String projectKey);

  List<Risk> findByProjectKeyAndStatusInAndScoreGreaterThanEqualOrderByScoreDescIdAsc(
      String projectKey, Collection<RiskStatus> statuses, int score);
}
