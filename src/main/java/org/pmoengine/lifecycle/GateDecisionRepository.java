package org.pmoengine.lifecycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GateDecisionRepository extends JpaRepository<GateDecision, Long> {

  List<GateDecision> findByProjectKeyOrderByDecidedAtAscIdAsc(String projectKey);
}
