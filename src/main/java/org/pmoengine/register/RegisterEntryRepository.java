package org.pmoengine.register;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The lookup both registers share: an entry by id, only within its own project. */
@NoRepositoryBean
public interface RegisterEntryRepository<E extends RegisterEntry> extends JpaRepository<E, Long> {

  Optional<E> findByIdAndProjectKey(Long id, String projectKey);
}
