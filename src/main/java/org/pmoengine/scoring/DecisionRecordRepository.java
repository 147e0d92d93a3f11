package org.pmoengine.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRecordRepository extends JpaRepository<DecisionRecord, Long> {

  List<DecisionRecord> findByDecisionAreaAndSubjectKeyOrderByDecidedAtDesc(
      String decisionArea, String subjectKey);
}
