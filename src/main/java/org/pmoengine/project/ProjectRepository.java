package org.pmoengine.project;

import java.util.List;
import java.util.Optional;
import org.pmoengine.web.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends JpaRepository<Project, Long> {

  Optional<Project> findByKey(String key);

  Optional<Project> findByRequestKey(String requestKey);

  /** The projects a person manages, sponsors or works on, newest first. */
  @Query("""
      select p from Project p where p.manager = :userId or p.sponsor = :userId
          or exists (select m.id from ProjectMember m
              where m.projectKey = p.key and m.userId = :userId)
      order by p.createdAt desc, p.id desc""")
  List<Project> involving(@Param("userId") String userId);

  long countByStatus(ProjectStatus status);

  /** Active projects counted by their health rating (null: not rated yet). */
  @Query("select p.health, count(p) from Project p where p.status = org.pmoengine.project.ProjectStatus.ACTIVE group by p.health")
  List<Object[]> activeByHealth();

  /** The project with this key; a 404 problem for people when there is none. */
  default Project getByKey(String projectKey) {
    return findByKey(projectKey)
        .orElseThrow(() -> new NotFoundException("There is no project " + projectKey + "."));
  }
}
