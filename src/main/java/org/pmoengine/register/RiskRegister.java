package org.pmoengine.register;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register of each project. The caller has checked access; the gate and health rules
 * read {@link #openHighRisks} as facts.
 */
@Service
@Transactional
public class RiskRegister extends Register<Risk> {

  /** The score (probability x impact) from which an open risk counts as high by default. */
  public static final int HIGH_RISK_SCORE = 15;

  private static final Logger log = LoggerFactory.getLogger(RiskRegister.class);

  private final RiskRepository risks;

  public RiskRegister(RiskRepository risks, RegisterChangeRepository changes, Clock clock) {
    super(risks, changes, RegisterChange.EntryType.RISK, "risk", clock);
    this.risks = risks;
  }

  @Transactional(readOnly = true)
  public List<Risk> of(String projectKey) {
    return risks.findByProjectKeyOrderByScoreDescIdAsc(projectKey);
  }

  public Risk add(String projectKey, RiskForm form, String userId) {
    requireValid(RegisterValidator.validate(form, false));
    Risk risk = risks.save(new Risk(projectKey, form, userId, clock.instant()));
    recordAdded(risk, userId);
    log.info("Risk {} (score {}) added to {} by {}", risk.getId(), risk.getScore(), projectKey,
        userId);
    return risk;
  }

  public Risk update(String projectKey, long id, RiskForm form, String userId) {
    requireValid(RegisterValidator.validate(form, true));
    Risk risk = get(projectKey, id);
    Map<String, String> before = risk.shownFields();
    boolean wasClosed = risk.isClosed();
    risk.update(form, clock.instant());
    recordUpdated(risk, before, wasClosed, userId);
    log.info("Risk {} of {} updated by {}: score {}, {}", id, projectKey, userId,
        risk.getScore(), risk.getStatus());
    return risk;
  }

  /** Risks not closed with a score of at least {@link #HIGH_RISK_SCORE}, highest first. */
  @Transactional(readOnly = true)
  public List<Risk> openHighRisks(String projectKey) {
    return openHighRisks(projectKey, HIGH_RISK_SCORE);
  }

  /** Risks not closed (open or being mitigated) with a score of at least {@code minScore}. */
  @Transactional(readOnly = true)
  public List<Risk> openHighRisks(String projectKey, int minScore) {
    return risks.findByProjectKeyAndStatusInAndScoreGreaterThanEqualOrderByScoreDescIdAsc(
        projectKey, EnumSet.of(RiskStatus.OPEN, RiskStatus.MITIGATING), minScore);
  }
}
