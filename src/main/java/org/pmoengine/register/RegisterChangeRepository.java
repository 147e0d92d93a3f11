package org.pmoengine.register;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterChangeRepository extends JpaRepository<RegisterChange, Long> {

  List<RegisterChange> findByProjectKeyAndEntryTypeAndEntryIdOrderByIdDesc(String projectKey,
      RegisterChange.EntryType entryType, Long entryId);

  List<RegisterChange> findByProjectKeyAndEntryTypeOrderByIdDesc(String projectKey,
      RegisterChange.EntryType entryType);
}
