package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the members who have not submitted their lesson yet. */
@Component("remindPostMortemTeam")
public class RemindTeamDelegate implements JavaDelegate {

  private final PostMortems postMortems;
  private final PostMortemMail mail;

  public RemindTeamDelegate(PostMortems postMortems, PostMortemMail mail) {
    this.postMortems = postMortems;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String projectKey = (String) execution.getVariable(PROJECT_KEY);
    mail.reminder(projectKey, postMortems.notAnswered(projectKey));
  }
}
