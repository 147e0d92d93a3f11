package org.pmoengine.postmortem;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMemberRepository extends JpaRepository<TeamMember, Long> {

  List<TeamMember> findByProjectKeyOrderByIdAsc(String projectKey);

  Optional<TeamMember> findByProjectKeyAndUserId(String projectKey, String userId);
}
