package org.pmoengine.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRequestRepository extends JpaRepository<ProjectRequest, Long> {

  Optional<ProjectRequest> findByKey(String key);

  Optional<ProjectRequest> findByProcessInstanceId(String processInstanceId);

  List<ProjectRequest> findBySubmittedByOrderBySubmittedAtDesc(String submittedBy);

  List<ProjectRequest> findAllByOrderBySubmittedAtDesc();

  List<ProjectRequest> findByStatusIn(Collection<RequestStatus> statuses);
}
