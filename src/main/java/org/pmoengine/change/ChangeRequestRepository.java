package org.pmoengine.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

  Optional<ChangeRequest> findByKey(String key);

  Optional<ChangeRequest> findByProcessInstanceId(String processInstanceId);

  List<ChangeRequest> findByProjectKeyOrderByRequestedAtAscIdAsc(String projectKey);
}
