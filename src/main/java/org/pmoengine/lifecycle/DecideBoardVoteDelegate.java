package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.gate.GateDecision;
import org.pmoengine.gate.GateReviews;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.project.Gate;
import org.springframework.stereotype.Component;

/** Turns the votes of every gate-board member into the board's decision ({@link BoardVotes}). */
@Component("decideBoardVote")
public class DecideBoardVoteDelegate implements JavaDelegate {

  private final GateReviews reviews;

  public DecideBoardVoteDelegate(GateReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long votesAfter = ((Number) execution.getVariable(BOARD_VOTES_AFTER)).longValue();
    GateDecision decision = reviews.boardDecided((String) execution.getVariable(PROJECT_KEY),
        Gate.valueOf((String) execution.getVariable(GATE)),
        Recommendation.valueOf((String) execution.getVariable(GATE_RECOMMENDATION)), votesAfter);
    execution.setVariable(GATE_DECISION, decision.getDecision().name());
    execution.setVariable(BOARD_COMMENTS, decision.getComments());
    execution.removeVariable(BOARD_VOTES_AFTER);
  }
}
