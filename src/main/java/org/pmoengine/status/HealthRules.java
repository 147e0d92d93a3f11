package org.pmoengine.status;

import java.util.List;
import org.pmoengine.project.Rag;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rates a project green, amber or red with the rules in {@code rules/project-health.drl}. */
@Service
public class HealthRules {

  /** The decision area of project health in the decision log. */
  public static final String DECISION_AREA = "project-health";

  /** What the decision log keeps as the outcome of a health rating. */
  record Outcome(Rag rag, List<String> reasons) {}

  private final RuleEngine rules;
  private final DecisionLog decisions;

  public HealthRules(RuleEngine rules, DecisionLog decisions) {
    this.rules = rules;
    this.decisions = decisions;
  }

  /** Evaluates the rules; stores nothing. */
  public HealthRating assess(String projectKey, HealthFacts facts) {
    ProjectHealth health = new ProjectHealth(facts);
    String version = rules.evaluate(health);
    return health.toRating(projectKey, version, null);
  }

  /** Evaluates the rules and stores the rating with its inputs, contributions and version. */
  @Transactional
  public HealthRating assessAndRecord(String projectKey, HealthFacts facts) {
    HealthRating r = assess(projectKey, facts);
    DecisionRecord decision = decisions.record(DECISION_AREA, projectKey, r.rulesVersion(), facts,
        new Outcome(r.rag(), r.reasons()), r.contributions(), r.explanation());
    return new HealthRating(r.rag(), r.reasons(), r.contributions(), r.explanation(),
        r.rulesVersion(), decision.getId());
  }
}
