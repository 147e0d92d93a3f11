package org.pmoengine.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeDecisionRepository extends JpaRepository<ChangeDecision, Long> {

  List<ChangeDecision> findByChangeKeyOrderByDecidedAtAscIdAsc(String changeKey);
}
