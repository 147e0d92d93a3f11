package org.pmoengine.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration while no user is in {@code camunda-admin},
 * in every profile. Once an administrator exists it does nothing, so a restart with other values
 * changes no password. Runs after the groups and the demo users exist.
 */
@Component
@Order(3)
public class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final IdentityService identityService;
  private final AdminProperties admin;

  public AdminBootstrap(IdentityService identityService, AdminProperties admin) {
    this.identityService = identityService;
    this.admin = admin;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (administratorExists()) {
      return;
    }
    if (!admin.isGiven()) {
      log.warn("No administrator: no user is in group {}. Set PMO_ADMIN_USER and "
          + "PMO_ADMIN_PASSWORD and restart to create the first one.", PmoGroups.CAMUNDA_ADMIN);
      return;
    }
    if (identityService.createUserQuery().userId(admin.user()).count() > 0) {
      log.warn("No administrator created: user {} already exists and is not in group {}. "
          + "Choose a new PMO_ADMIN_USER.", admin.user(), PmoGroups.CAMUNDA_ADMIN);
      return;
    }
    try {
      create();
    } catch (ProcessEngineException e) {
      // another node starting at the same moment created it first
      if (identityService.createUserQuery().userId(admin.user()).count() == 0) {
        throw e;
      }
    }
  }

  private boolean administratorExists() {
    return identityService.createUserQuery().memberOfGroup(PmoGroups.CAMUNDA_ADMIN).count() > 0;
  }

  private void create() {
    User user = identityService.newUser(admin.user());
    user.setFirstName("Administrator");
    user.setLastName(admin.user());
    user.setPassword(admin.password());
    identityService.saveUser(user);
    identityService.createMembership(admin.user(), PmoGroups.CAMUNDA_ADMIN);
    identityService.createMembership(admin.user(), PmoGroups.REQUESTER);
    log.info("Created administrator {} (group {})", admin.user(), PmoGroups.CAMUNDA_ADMIN);
  }
}
