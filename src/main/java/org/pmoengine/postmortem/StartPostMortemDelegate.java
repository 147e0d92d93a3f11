package org.pmoengine.postmortem;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pmoengine.lifecycle.LifecycleVariables;
import org.springframework.stereotype.Component;

/** In project-lifecycle, after closure or Kill: starts the project's post-mortem. */
@Component("startPostMortem")
public class StartPostMortemDelegate implements JavaDelegate {

  private final PostMortemStarter starter;

  public StartPostMortemDelegate(PostMortemStarter starter) {
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    starter.start((String) execution.getVariable(LifecycleVariables.PROJECT_KEY));
  }
}
