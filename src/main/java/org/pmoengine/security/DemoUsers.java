package org.pmoengine.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.pmoengine.config.PmoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for the zero-setup demo. Only in the default (or an explicit demo) profile and only
 * on an empty user table, so a real installation never gets them. Every user is a requester.
 */
@Component
@Profile({"default", "demo"})
@Order(2)
public class DemoUsers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("alice", "Alice", "Requester", List.of()),
      new DemoUser("bob", "Bob", "Requester", List.of()),
      new DemoUser("paula", "Paula", "Analyst", List.of(PmoGroups.PMO)),
      new DemoUser("lena", "Lena", "Lead", List.of(PmoGroups.PMO)),
      new DemoUser("bruno", "Bruno", "Board", List.of(PmoGroups.PORTFOLIO_BOARD)),
      new DemoUser("gina", "Gina", "Gate", List.of(PmoGroups.GATE_BOARD)),
      new DemoUser("fiona", "Fiona", "Finance", List.of(PmoGroups.FINANCE)),
      new DemoUser("carl", "Carl", "Change", List.of(PmoGroups.CHANGE_BOARD)),
      new DemoUser("admin", "Ada", "Admin", List.of(PmoGroups.CAMUNDA_ADMIN, PmoGroups.PMO)));

  private final IdentityService identityService;
  private final String password;

  public DemoUsers(IdentityService identityService, PmoProperties properties) {
    this.identityService = identityService;
    this.password = properties.demo().password();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.createUserQuery().count() > 0) {
      return;
    }
    for (DemoUser demo : USERS) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@pmo.example");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(demo.id(), PmoGroups.REQUESTER);
      demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
    }
    log.info("Seeded {} demo users", USERS.size());
  }
}
