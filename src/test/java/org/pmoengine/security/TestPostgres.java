package org.pmoengine.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh PostgreSQL databases for tests that need a real installation's database: on the server
 * of {@code PMO_DB_URL} (CI) or on 127.0.0.1:5432. Each test database is created empty and
 * dropped afterwards.
 */
final class TestPostgres {

  private static final String SERVER = server(System.getenv("PMO_DB_URL"));
  static final String USER = envOr("PMO_DB_USER", "postgres");
  static final String PASSWORD = envOr("PMO_DB_PASSWORD", "");

  private TestPostgres() {}

  /**
   * Whether the tests can use PostgreSQL: always when the suite runs on it (CI), where a missing
   * server must fail the test; otherwise when one answers on this machine.
   */
  static boolean available() {
    if (System.getProperty("spring.profiles.active", "").contains("postgres")) {
      return true;
    }
    DriverManager.setLoginTimeout(2);
    try (Connection ignored = connect("postgres")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Creates an empty database and returns its JDBC URL. */
  static String createDatabase(String prefix) throws SQLException {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    execute("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
    return SERVER + name.toLowerCase(Locale.ROOT);
  }

  static void dropDatabase(String url) throws SQLException {
    execute("DROP DATABASE IF EXISTS " + url.substring(SERVER.length()) + " WITH (FORCE)");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = connect("postgres");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(SERVER + database, USER, PASSWORD);
  }

  /** jdbc:postgresql://host:port/ of the given URL, or of the local server. */
  private static String server(String url) {
    if (url == null || !url.startsWith("jdbc:postgresql://")) {
      return "jdbc:postgresql://127.0.0.1:5432/";
    }
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    return slash < 0 ? url + "/" : url.substring(0, slash + 1);
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
