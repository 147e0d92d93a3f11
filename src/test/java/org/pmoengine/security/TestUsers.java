package org.pmoengine.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates test users on demand; the test profile has no demo users. */
public final class TestUsers {

  public static final String PASSWORD = "test-password";

  private TestUsers() {}

  /** Creates the user (email {@code <id>@test.example}) if missing and adds the groups. */
  public static void ensure(IdentityService identityService, String userId, String... groups) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("Test");
      user.setEmail(userId + "@test.example");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    for (String group : groups) {
      if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identityService.createMembership(userId, group);
      }
    }
  }
}
