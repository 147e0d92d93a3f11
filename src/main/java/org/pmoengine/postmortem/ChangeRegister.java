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
 * Counts a project's change requests for its post-mortem: how many ended in each status, how
 * many of each class, and the schedule slip of those applied. Reads the change register's table
 * ({@code change_request}) directly and only when it exists, so that the post-mortem runs in an
 * installation without change control.
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
    Map<String, Integer> byClass = new LinkedHashMap<>();
    jdbc.query("select change_class, count(*) from " + TABLE + " where project_key = ?"
            + " and change_class is not null group by change_class order by change_class",
        rs -> {
          byClass.put(rs.getString(1), rs.getInt(2));
        }, projectKey);
    Integer slip = jdbc.queryForObject("select coalesce(sum(slip_days), 0) from " + TABLE
        + " where project_key = ? and status = 'APPLIED'", Integer.class, projectKey);
    int count = byStatus.values().stream().mapToInt(Integer::intValue).sum();
    return new ChangeSummary(true, count, byStatus, byClass, slip == null ? 0 : slip);
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
