package org.pmoengine.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueRepository extends JpaRepository<Issue, Long> {

  List<Issue> findByProjectKeyOrderByDueDateAscIdAsc(String projectKey);

  Optional<Issue> findByIdAndProjectKey(Long id, String projectKey);

  List<Issue> findByProjectKeyAndStatusNotAndDueDateBeforeOrderByDueDateAscIdAsc(
      String projectKey, IssueStatus status, LocalDate date);
}
