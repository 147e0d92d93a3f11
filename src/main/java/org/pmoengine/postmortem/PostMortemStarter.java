package org.pmoengine.postmortem;

import static org.pmoengine.postmortem.PostMortemVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.pmoengine.lifecycle.ProjectLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the post-mortem of a project whose lifecycle ended (closed at G4 or killed): marks it
 * due on the project, opens its record and starts the {@code post-mortem} process by its start
 * message, business key = project key. The lifecycle then ends; the post-mortem runs as an
 * instance of its own. A second call for the same project starts nothing.
 */
@Service
public class PostMortemStarter {

  private final ProjectLifecycle lifecycle;
  private final PostMortems postMortems;
  private final RuntimeService runtime;

  public PostMortemStarter(ProjectLifecycle lifecycle, PostMortems postMortems,
      RuntimeService runtime) {
    this.lifecycle = lifecycle;
    this.postMortems = postMortems;
    this.runtime = runtime;
  }

  @Transactional
  public void start(String projectKey) {
    lifecycle.postMortemDue(projectKey);
    if (postMortems.open(projectKey)) {
      runtime.createMessageCorrelation(START_MESSAGE).processInstanceBusinessKey(projectKey)
          .setVariable(PROJECT_KEY, projectKey)
          .setVariable(OUTCOME, postMortems.view(projectKey).orElseThrow().outcome())
          .correlateStartMessage();
    }
  }
}
