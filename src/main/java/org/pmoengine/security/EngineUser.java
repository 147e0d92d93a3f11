package org.pmoengine.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is completing a task, as the engine knows it (Tasklist, engine REST or our API). */
public final class EngineUser {

  private EngineUser() {}

  /** The signed-in user's id, or null when the engine runs a step on its own. */
  public static String of(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
