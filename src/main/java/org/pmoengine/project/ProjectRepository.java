package org.pmoengine.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

  Optional<Project> findByKey(String key);

  Optional<Project> findByRequestKey(String requestKey);
}
