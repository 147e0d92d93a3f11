package org.pmoengine.register;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
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
public class RiskRegister {

  /** The score (probability x impact) from which an open risk counts as high by default. */
  public static final int HIGH_RISK_SCORE = 15;

  private static final Logger log = LoggerFactory.getLogger(RiskRegister.class);

  private final RiskRepository risks;
  private final Clock clock;

  public RiskRegister(RiskRepository risks, Clock clock) {
    this.risks = risks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Risk> of(String projectKey) {
    return risks.findByProjectKeyOrderByScoreDescIdAsc(projectKey);
  }

  @Transactional(readOnly = true)
  public Risk get(String projectKey, long id) {
    return risks.findByIdAndProjectKey(id, projectKey).orElseThrow(
        () -> new NotFoundException("Project " + projectKey + " has no risk " + id + "."));
  }

  public Risk add(String projectKey, RiskForm form, String userId) {
    requireValid(RegisterValidator.validate(form, false));
    Risk risk = risks.save(new Risk(projectKey, form, userId, clock.instant()));
    log.info("Risk {} (score {}) added to {} by {}", risk.getId(), risk.getScore(), projectKey,
        userId);
    return risk;
  }

  public Risk update(String projectKey, long id, RiskForm form, String userId) {
    requireValid(RegisterValidator.validate(form, true));
    Risk risk = get(projectKey, id);
    risk.update(form, clock.instant());
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

  static void requireValid(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
