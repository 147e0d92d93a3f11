package org.pmoengine.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Looks up recipients in the Camunda identity. The caller is often a requester, who may not read
 * other users, so the lookup runs as an engine command with authorization checks switched off for
 * that command only. The switch lives on the thread's command context and is restored afterwards,
 * so it neither leaks into the caller's own checks nor affects other threads.
 */
@Component
class Recipients {

  /** A Camunda user and their e-mail address, which may be missing. */
  record Recipient(String userId, String email) {

    boolean hasEmail() {
      return email != null && !email.isBlank();
    }
  }

  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final IdentityService identityService;

  Recipients(ProcessEngineConfigurationImpl engineConfiguration, IdentityService identityService) {
    this.engineConfiguration = engineConfiguration;
    this.identityService = identityService;
  }

  /** The users with these ids, in the given order; unknown ids are left out. */
  List<Recipient> users(Collection<String> userIds) {
    return withoutAuthorization(() -> {
      List<Recipient> recipients = new ArrayList<>();
      for (String userId : userIds) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user != null) {
          recipients.add(new Recipient(user.getId(), user.getEmail()));
        }
      }
      return recipients;
    });
  }

  /** The members of the group, ordered by user id. */
  List<Recipient> groupMembers(String groupId) {
    return withoutAuthorization(() -> identityService.createUserQuery().memberOfGroup(groupId)
        .orderByUserId().asc().list().stream()
        .map(user -> new Recipient(user.getId(), user.getEmail()))
        .toList());
  }

  private <T> T withoutAuthorization(Supplier<T> lookup) {
    Command<T> command = commandContext -> commandContext.runWithoutAuthorization(lookup::get);
    return engineConfiguration.getCommandExecutorTxRequired().execute(command);
  }
}
