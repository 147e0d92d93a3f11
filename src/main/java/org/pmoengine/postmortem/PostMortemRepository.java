package org.pmoengine.postmortem;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostMortemRepository extends JpaRepository<PostMortem, Long> {

  Optional<PostMortem> findByProjectKey(String projectKey);
}
