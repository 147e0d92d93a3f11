package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.budget.ProjectEarnedValue;
import org.pmoengine.gate.GateRecommendation;
import org.pmoengine.gate.GateReviewFacts;
import org.pmoengine.gate.GateReviews;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/** Runs the gate criteria (rules) and writes what the gate review shows and routes on. */
@Component("checkGateCriteria")
public class CheckGateCriteriaDelegate implements JavaDelegate {

  private final GateReviews reviews;

  public CheckGateCriteriaDelegate(GateReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GateReviewFacts facts = reviews.assess((String) execution.getVariable(PROJECT_KEY),
        Gate.valueOf((String) execution.getVariable(GATE)),
        deliverables(execution.getVariable(DELIVERABLES)));
    GateRecommendation r = facts.recommendation();
    execution.setVariable(GATE_RECOMMENDATION, r.recommendation().name());
    execution.setVariable(GATE_REASONS, String.join("\n", r.reasons()));
    execution.setVariable(GATE_EXPLANATION, r.explanation());
    execution.setVariable(MISSING_DELIVERABLES, String.join(", ", r.missingDeliverables()));
    execution.setVariable(BOARD_OF_ALL, r.boardOfAll());
    execution.setVariable(EARNED_VALUE_SUMMARY, ProjectEarnedValue.summary(facts.earnedValue()));
    execution.setVariable(GANTT_LINK, facts.ganttLink());
  }

  /** The checklist arrives as a list, or as text such as {@code ["a","b"]} or {@code a, b}. */
  static Collection<String> deliverables(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return Arrays.stream(value.toString().replaceAll("[\\[\\]\"]", "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
