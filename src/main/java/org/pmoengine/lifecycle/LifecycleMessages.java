package org.pmoengine.lifecycle;

import static org.pmoengine.lifecycle.LifecycleVariables.*;

import org.camunda.bpm.engine.RuntimeService;
import org.pmoengine.security.EngineCalls;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Messages to a project's lifecycle, correlated by the project key. The caller's right to send
 * them is checked by the API; the PMO Engine delivers them, without the caller's engine
 * authorizations.
 */
@Component
public class LifecycleMessages {

  private static final Logger log = LoggerFactory.getLogger(LifecycleMessages.class);

  private final RuntimeService runtime;
  private final EngineCalls engine;

  public LifecycleMessages(RuntimeService runtime, EngineCalls engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  /** Takes a project off hold: the gate board reviews the gate again. */
  public void resume(String projectKey, String user) {
    engine.asEngine(() -> {
      String instanceId = lifecycleOf(projectKey);
      boolean waiting = runtime.createEventSubscriptionQuery().eventType("message")
          .eventName(RESUME_MESSAGE).processInstanceId(instanceId).count() > 0;
      if (!waiting) {
        throw new NotFoundException(projectKey + " is not on hold at a gate.");
      }
      runtime.createMessageCorrelation(RESUME_MESSAGE).processInstanceBusinessKey(projectKey)
          .processInstanceId(instanceId).correlate();
      log.info("{} resumed by {}", projectKey, user);
    });
  }

  private String lifecycleOf(String projectKey) {
    var instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(projectKey).active().singleResult();
    if (instance == null) {
      throw new NotFoundException(projectKey + " has no running lifecycle.");
    }
    return instance.getId();
  }
}
