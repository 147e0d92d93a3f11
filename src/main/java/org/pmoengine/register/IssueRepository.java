package org.pmoengine.register;

import java.time.LocalDate;
import java.util.List;

public interface IssueRepository extends RegisterEntryRepository<Issue> {

  List<Issue> findByProjectKeyOrderByDueDateAscIdAsc(String projectKey);

  List<Issue> findByProjectKeyAndStatusNotAndDueDateBeforeOrderByDueDateAscIdAsc(
      String projectKey, IssueStatus status, LocalDate date);
}
