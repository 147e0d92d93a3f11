package org.pmoengine.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks each command a signed-in person sends to the engine, whatever the path, before it runs.
 * Administrators ({@code camunda-admin}) and the engine's own work (jobs, steps started by a
 * delegate or a listener, calls our services make after checking the caller's rights, with the
 * authentication cleared) are never held: only the outermost command of an authenticated caller
 * is checked.
 */
class EngineGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;
  private final GuardedCommands commands;

  EngineGuard(ProcessEngineConfigurationImpl configuration, GuardedCommands commands) {
    this.configuration = configuration;
    this.commands = commands;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      if (isPerson(caller) && !isAdministrator(caller)) {
        commands.check(command);
      }
    }
    return next.execute(command);
  }

  private static boolean isPerson(Authentication caller) {
    return caller != null && caller.getUserId() != null;
  }

  private static boolean isAdministrator(Authentication caller) {
    List<String> groups = caller.getGroupIds();
    return groups != null && groups.contains(PmoGroups.CAMUNDA_ADMIN);
  }
}
