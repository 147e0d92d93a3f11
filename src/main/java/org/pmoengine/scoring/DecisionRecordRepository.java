package org.pmoengine.scoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRecordRepository extends JpaRepository<DecisionRecord, Long> {

  List<DecisionRecord> findByDecisionAreaAndSubjectKeyOrderByDecidedAtDesc(
      String decisionArea, String subjectKey);

  /** Decisions about any of the keys, or about a key below the prefix, the latest first. */
  @Query("select d from DecisionRecord d where d.subjectKey in ?1 or d.subjectKey like ?2"
      + " order by d.decidedAt desc, d.id desc")
  List<DecisionRecord> about(Collection<String> subjectKeys, String subjectPattern, Pageable page);
}
