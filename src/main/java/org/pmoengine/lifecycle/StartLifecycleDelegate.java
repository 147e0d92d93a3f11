package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts {@code project-lifecycle} for the project just created, with the project key as business
 * key; once per project, so a retried job does not start a second lifecycle.
 */
@Component("startLifecycle")
public class StartLifecycleDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(StartLifecycleDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    String projectKey = (String) execution.getVariable(PROJECT_KEY);
    var services = execution.getProcessEngineServices();
    long started = services.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(projectKey).count();
    if (started > 0) {
      log.info("Lifecycle of {} already started", projectKey);
      return;
    }
    services.getRuntimeService().startProcessInstanceByKey(PROCESS_ID, projectKey,
        Map.of(PROJECT_KEY, projectKey));
  }
}
