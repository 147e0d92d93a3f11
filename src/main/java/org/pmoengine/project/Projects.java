package org.pmoengine.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.pmoengine.records.RecordKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates projects from approved requests. */
@Service
public class Projects {

  private static final Logger log = LoggerFactory.getLogger(Projects.class);

  private final ProjectRepository projects;
  private final RecordKeys keys;
  private final Clock clock;

  public Projects(ProjectRepository projects, RecordKeys keys, Clock clock) {
    this.projects = projects;
    this.keys = keys;
    this.clock = clock;
  }

  /** Creates the project of an approved request once; a retry returns the same project. */
  @Transactional
  public Project createFromRequest(String requestKey, String name, String sponsor,
      String department, String category, BigDecimal budget, LocalDate plannedStart,
      LocalDate plannedEnd, String manager) {
    return projects.findByRequestKey(requestKey).orElseGet(() -> {
      Project project = projects.save(new Project(keys.next("PRJ"), requestKey, name, sponsor,
          department, category, budget, plannedStart, plannedEnd, manager, clock.instant()));
      log.info("Created project {} from request {}", project.getKey(), requestKey);
      return project;
    });
  }

  @Transactional(readOnly = true)
  public Project ofRequest(String requestKey) {
    return projects.findByRequestKey(requestKey).orElseThrow();
  }
}
