package org.pmoengine.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what the rules decided, for any decision area: intake scoring now, gate criteria and
 * budget rules later. Inputs, outcome and contributions are kept as JSON text.
 */
@Service
public class DecisionLog {

  private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);

  private final DecisionRecordRepository records;
  private final ObjectMapper json;

  public DecisionLog(DecisionRecordRepository records, ObjectMapper json) {
    this.records = records;
    this.json = json;
  }

  /**
   * Stores one decision.
   *
   * @param area the decision area, such as {@code intake-scoring}
   * @param subjectKey what was decided about, such as {@code REQ-2026-0001}
   * @return the stored record, with its id
   */
  @Transactional
  public DecisionRecord record(String area, String subjectKey, String rulesVersion, Object inputs,
      Object outcome, List<RuleContribution> contributions, String explanation) {
    DecisionRecord saved = records.save(new DecisionRecord(area, subjectKey, rulesVersion,
        toJson(inputs), toJson(outcome), toJson(contributions), explanation, Instant.now()));
    log.info("Decision {} on {} ({}) stored with rules version {}", saved.getId(), subjectKey,
        area, rulesVersion);
    return saved;
  }

  @Transactional(readOnly = true)
  public Optional<DecisionRecord> find(long id) {
    return records.findById(id);
  }

  /**
   * The latest decisions about the given subjects and about anything kept below the first of
   * them ({@code PRJ-2026-0001/invoice/7}), at most {@code limit}.
   */
  @Transactional(readOnly = true)
  public List<DecisionRecord> about(List<String> subjectKeys, int limit) {
    if (subjectKeys.isEmpty()) {
      return List.of();
    }
    // record keys (PRJ-2026-0001) hold no wildcard of LIKE
    return records.about(subjectKeys, subjectKeys.get(0) + "/%", PageRequest.of(0, limit));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Decision data can't be written as JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
