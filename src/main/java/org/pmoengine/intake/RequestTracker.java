package org.pmoengine.intake;

import java.time.Instant;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads where requests wait from our tables: the request, its reviews and its scoring record. */
@Service
@Transactional(readOnly = true)
public class RequestTracker {

  private final ReviewDecisionRepository decisions;
  private final DecisionLog decisionLog;

  public RequestTracker(ReviewDecisionRepository decisions, DecisionLog decisionLog) {
    this.decisions = decisions;
    this.decisionLog = decisionLog;
  }

  public RequestProgress progress(ProjectRequest request) {
    Instant scoredAt = request.getScoringDecisionId() == null ? null
        : decisionLog.find(request.getScoringDecisionId()).map(DecisionRecord::getDecidedAt)
            .orElse(null);
    return RequestProgress.of(request,
        decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(request.getKey()), scoredAt);
  }
}
