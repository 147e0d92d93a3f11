package org.pmoengine.lifecycle;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates projects for register tests without going through intake. Keys use the year 2098 and
 * the next free number, so runs against a kept database never collide.
 */
public final class TestProjects {

  private TestProjects() {}

  /** A project of 2098-01-01 .. 2098-12-31 with a budget of 100 000. */
  public static Project create(JdbcTemplate jdbc, ProjectRepository projects, String manager,
      String sponsor) {
    return create(jdbc, projects, manager, sponsor, LocalDate.of(2098, 1, 1),
        LocalDate.of(2098, 12, 31));
  }

  public static synchronized Project create(JdbcTemplate jdbc, ProjectRepository projects,
      String manager, String sponsor, LocalDate start, LocalDate end) {
    Integer taken = jdbc.queryForObject(
        "select count(*) from project where project_key like 'PRJ-2098-%'", Integer.class);
    String number = "%04d".formatted(taken + 1);
    String requestKey = "REQ-2098-" + number;
    jdbc.update("""
        insert into project_request (request_key, title, summary, business_case, sponsor,
          department, category, mandatory, requested_budget, effort_person_days, desired_start,
          desired_end, strategic_alignment, business_value, time_criticality,
          risk_reduction_opportunity, delivery_risk, submitted_by, submitted_at, status)
        values (?, 'Test project', 's', 'b', ?, 'IT', 'operational', false, 100000, 50, ?, ?,
          3, 3, 3, 3, 3, ?, ?, 'APPROVED')""",
        requestKey, sponsor, start, end, manager, Timestamp.from(Instant.now()));
    return projects.save(new Project("PRJ-2098-" + number, requestKey, "Test project " + number,
        sponsor, "IT", "operational", new BigDecimal("100000"), start, end, manager,
        Instant.now()));
  }
}
