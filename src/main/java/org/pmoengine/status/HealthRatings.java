package org.pmoengine.status;

import org.pmoengine.budget.EarnedValue;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.plans.PlanService;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.register.IssueRegister;
import org.pmoengine.register.RiskRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rates a project's health with the rules from its records: the slip stored with the latest plan
 * version, the earned value, the open high risks and the overdue issues.
 */
@Service
@Transactional
public class HealthRatings {

  private static final Logger log = LoggerFactory.getLogger(HealthRatings.class);

  private final ProjectRepository projects;
  private final ProjectEarnedValue earnedValue;
  private final RiskRegister risks;
  private final IssueRegister issues;
  private final PlanService plans;
  private final HealthRules health;

  public HealthRatings(ProjectRepository projects, ProjectEarnedValue earnedValue,
      RiskRegister risks, IssueRegister issues, PlanService plans, HealthRules health) {
    this.projects = projects;
    this.earnedValue = earnedValue;
    this.risks = risks;
    this.issues = issues;
    this.plans = plans;
    this.health = health;
  }

  /** Rates the project's health and keeps the colour on the project. */
  public HealthRating rate(String projectKey) {
    Project project = projects.getByKey(projectKey);
    EarnedValue ev = earnedValue.of(projectKey);
    HealthRating rating = health.assessAndRecord(projectKey, new HealthFacts(
        plans.slipDays(projectKey).orElse(null), ev.costPerformanceIndex(),
        ev.schedulePerformanceIndex(), risks.openHighRisks(projectKey).size(),
        issues.overdueOpenIssues(projectKey).size()));
    project.rated(rating.rag());
    log.info("Health of {}: {}", projectKey, rating.rag());
    return rating;
  }
}
