package org.pmoengine.project;

import java.util.Optional;
import org.pmoengine.web.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

  Optional<Project> findByKey(String key);

  Optional<Project> findByRequestKey(String requestKey);

  /** The project with this key; a 404 problem for people when there is none. */
  default Project getByKey(String projectKey) {
    return findByKey(projectKey)
        .orElseThrow(() -> new NotFoundException("There is no project " + projectKey + "."));
  }
}
