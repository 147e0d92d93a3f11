package org.pmoengine.security;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts on a process, as the engine knows it (Tasklist, engine REST or our API): the
 * signed-in user, never a process variable. The engine's guard keeps people from naming
 * anyone else.
 */
public final class EngineUser {

  private EngineUser() {}

  /** The signed-in user's id, or null when the engine runs a step on its own. */
  public static String of(DelegateTask task) {
    return idOf(authentication(task));
  }

  /** The signed-in user's id, or null when the engine runs the step on its own (a job). */
  public static String of(ProcessEngineServicesAware execution) {
    return idOf(authentication(execution));
  }

  /** The signed-in user's groups; empty when the engine runs a step on its own. */
  public static List<String> groupsOf(DelegateTask task) {
    Authentication authentication = authentication(task);
    return authentication == null || authentication.getGroupIds() == null ? List.of()
        : List.copyOf(authentication.getGroupIds());
  }

  private static String idOf(Authentication authentication) {
    return authentication == null ? null : authentication.getUserId();
  }

  private static Authentication authentication(ProcessEngineServicesAware scope) {
    return scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
  }
}
