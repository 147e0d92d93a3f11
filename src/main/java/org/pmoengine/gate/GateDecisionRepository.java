package org.pmoengine.gate;

import java.util.List;
import java.util.Optional;
import org.pmoengine.project.Gate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GateDecisionRepository extends JpaRepository<GateDecision, Long> {

  List<GateDecision> findByProjectKeyOrderByDecidedAtAscIdAsc(String projectKey);

  List<GateDecision> findByProjectKeyAndGateAndIdGreaterThanOrderByIdAsc(String projectKey,
      Gate gate, long id);

  Optional<GateDecision> findFirstByProjectKeyOrderByIdDesc(String projectKey);
}
