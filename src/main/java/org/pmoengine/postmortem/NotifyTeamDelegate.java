package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the team that the post-mortem is published, with the lessons' link. */
@Component("notifyPostMortemPublished")
public class NotifyTeamDelegate implements JavaDelegate {

  private final PostMortemMail mail;

  public NotifyTeamDelegate(PostMortemMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.published((String) execution.getVariable(PROJECT_KEY));
  }
}
