package org.pmoengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pmoengine.PmoEngineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a first start leaves in the database: a real installation (the postgres profile, or any
 * database other than the demo's embedded H2) gets no demo users, even when it asks for the demo
 * profile on an empty database, and gets its first administrator from PMO_ADMIN_USER and
 * PMO_ADMIN_PASSWORD, once. Each test starts the whole application on a database of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class RealInstallationTests {

  private static final List<String> DEMO_IDS =
      DemoUsers.USERS.stream().map(DemoUsers.DemoUser::id).toList();

  private final List<String> databases = new ArrayList<>();

  @AfterEach
  void dropDatabases() throws Exception {
    for (String url : databases) {
      TestPostgres.dropDatabase(url);
    }
  }

  @Test
  @EnabledIf("org.pmoengine.security.TestPostgres#available")
  void realInstallationGetsNoDemoUsersAndOneAdministratorFromConfiguration(CapturedOutput output)
      throws Exception {
    String url = postgresDatabase();

    // the demo profile asked for on PostgreSQL: no demo users, and a clear word on what to do
    try (ConfigurableApplicationContext app = start("test,demo", url)) {
      assertThat(userIds(app.getBean(IdentityService.class))).isEmpty();
    }
    assertThat(output.getOut()).containsPattern(
        "WARN .*No administrator: no user is in group camunda-admin\\. "
            + "Set PMO_ADMIN_USER and PMO_ADMIN_PASSWORD");

    // the postgres profile with the demo profile, still on an empty user table
    String password = UUID.randomUUID().toString();
    try (ConfigurableApplicationContext app = start("test,postgres,demo", url,
        "--pmo.admin.user=root-admin", "--pmo.admin.password=" + password)) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(userIds(identity)).containsExactly("root-admin");
      assertThat(adminIds(identity)).containsExactly("root-admin");
      assertThat(identity.checkPassword("root-admin", password)).isTrue();

      // once an administrator exists, other values change nothing
      new AdminBootstrap(identity, new AdminProperties("second-admin", "other-password"))
          .run(null);
      new AdminBootstrap(identity, new AdminProperties("root-admin", "other-password"))
          .run(null);
      assertThat(userIds(identity)).containsExactly("root-admin");
      assertThat(identity.checkPassword("root-admin", password)).isTrue();
    }
  }

  @Test
  void demoOnItsEmbeddedH2GetsTheDemoUsersAndNeedsNoConfiguredAdministrator(
      CapturedOutput output) {
    String url = "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    try (ConfigurableApplicationContext app = start("test,demo", url)) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(userIds(identity)).containsExactlyInAnyOrderElementsOf(DEMO_IDS);
      assertThat(adminIds(identity)).containsExactly("admin");
      assertThat(identity.checkPassword("alice", "demo")).isTrue();
    }
    assertThat(output.getOut()).doesNotContain("No administrator");
  }

  private String postgresDatabase() throws Exception {
    String url = TestPostgres.createDatabase("pmo_install");
    databases.add(url);
    return url;
  }

  /** The application as an operator starts it; arguments beat the test's system properties. */
  private static ConfigurableApplicationContext start(String profiles, String url,
      String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.profiles.active=" + profiles,
        "--spring.datasource.url=" + url,
        "--server.port=0",
        // one engine per application in this JVM, beside the other tests' engines; no webapps,
        // whose static state would outlive this application and break the other tests' webapps
        "--camunda.bpm.process-engine-name=install" + UUID.randomUUID().toString().substring(0, 8),
        "--camunda.bpm.webapp.enabled=false"));
    if (url.startsWith("jdbc:postgresql:")) {
      args.add("--spring.datasource.username=" + TestPostgres.USER);
      args.add("--spring.datasource.password=" + TestPostgres.PASSWORD);
    }
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(PmoEngineApplication.class).run(args.toArray(String[]::new));
  }

  private static List<String> userIds(IdentityService identity) {
    return identity.createUserQuery().list().stream().map(User::getId).toList();
  }

  private static List<String> adminIds(IdentityService identity) {
    return identity.createUserQuery().memberOfGroup(PmoGroups.CAMUNDA_ADMIN).list().stream()
        .map(User::getId).toList();
  }
}
