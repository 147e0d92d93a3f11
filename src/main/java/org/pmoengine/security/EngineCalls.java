package org.pmoengine.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Engine calls the application makes on its own behalf, after our service has checked the
 * caller's rights: a lookup the caller's engine authorizations would hide (users, groups), or a
 * process started or correlated by the application rather than by the person.
 */
@Component
public class EngineCalls {

  private final ProcessEngineConfigurationImpl engine;
  private final IdentityService identity;

  public EngineCalls(ProcessEngineConfigurationImpl engine, IdentityService identity) {
    this.engine = engine;
    this.identity = identity;
  }

  /** Runs a read without authorization checks, keeping the caller authenticated. */
  public <T> T withoutAuthorization(Supplier<T> lookup) {
    Command<T> command = context -> context.runWithoutAuthorization(lookup::get);
    return engine.getCommandExecutorTxRequired().execute(command);
  }

  /** Runs an action as the engine itself: no authenticated user, restored afterwards. */
  public <T> T asEngine(Supplier<T> action) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** Runs an action as the engine itself: no authenticated user, restored afterwards. */
  public void asEngine(Runnable action) {
    asEngine(() -> {
      action.run();
      return null;
    });
  }
}
