package org.pmoengine.postmortem;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pmoengine.postmortem.PostMortemMetrics.ChangeSummary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts a project's change requests for its post-mortem. Reads the change register's table
 * directly and only when it exists, so the post-mortem does not depend on how change control
 * is built.
 */
@Component
public class ChangeRegister {

  private static final String TABLE = "change_request";

  private final JdbcTemplate jdbc;

  public ChangeRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public ChangeSummary of(String projectKey) {
    if (!exists()) {
      return new ChangeSummary(false, 0, Map.of(), Map.of(), 0);
    }
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    jdbc.query("select status, count(*) from " + TABLE
            + " where project_key = ? group by status order by status",
        rs -> {
          byStatus.put(rs.getString(1), rs.getInt(2));
        }, projectKey);
    int count = byStatus.values().stream().mapToInt(Integer::intValue).sum();
    return new ChangeSummary(true, count, byStatus, Map.of(), 0);
  }

  private boolean exists() {
    return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
      DatabaseMetaData meta = connection.getMetaData();
      for (String name : new String[] {TABLE, TABLE.toUpperCase()}) {
        try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
          if (tables.next()) {
            return true;
          }
        }
      }
      return false;
    }));
  }
}
