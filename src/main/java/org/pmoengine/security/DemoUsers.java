package org.pmoengine.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
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
 * Demo users for the zero-setup demo, all with one known password. Seeded only in the default (or
 * an explicit demo) profile without {@code postgres}, only on the demo's embedded H2 database and
 * only on an empty user table: a real installation, on any other database, never gets them and
 * creates its administrator with {@link AdminBootstrap} instead. Every user is a requester.
 */
@Component
@Profile("(default | demo) & !postgres")
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
  private final DataSource dataSource;
  private final String password;

  public DemoUsers(IdentityService identityService, DataSource dataSource,
      PmoProperties properties) {
    this.identityService = identityService;
    this.dataSource = dataSource;
    this.password = properties.demo().password();
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData database = connection.getMetaData();
      if (!isEmbeddedH2(database.getURL())) {
        log.info("No demo users: the database ({}) is not the demo's embedded H2",
            database.getDatabaseProductName());
        return;
      }
    }
    if (identityService.createUserQuery().count() > 0) {
      return;
    }
    USERS.forEach(this::create);
    log.info("Seeded {} demo users", USERS.size());
  }

  /** An H2 database in this process, in memory or in a file; not one reached over a network. */
  static boolean isEmbeddedH2(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:")
        && !jdbcUrl.startsWith("jdbc:h2:tcp:")
        && !jdbcUrl.startsWith("jdbc:h2:ssl:")
        && !jdbcUrl.toUpperCase().contains("AUTO_SERVER=TRUE");
  }

  private void create(DemoUser demo) {
    User user = identityService.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setEmail(demo.id() + "@pmo.example");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(demo.id(), PmoGroups.REQUESTER);
    demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
  }
}
