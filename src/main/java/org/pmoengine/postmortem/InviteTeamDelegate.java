package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the project team as the members asked for lessons. */
@Component("invitePostMortemTeam")
public class InviteTeamDelegate implements JavaDelegate {

  private final PostMortems postMortems;

  public InviteTeamDelegate(PostMortems postMortems) {
    this.postMortems = postMortems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    postMortems.inviteTeam((String) execution.getVariable(PROJECT_KEY));
  }
}
