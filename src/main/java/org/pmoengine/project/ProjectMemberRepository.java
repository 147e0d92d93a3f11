package org.pmoengine.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

  List<ProjectMember> findByProjectKeyOrderByAddedAtAscIdAsc(String projectKey);

  Optional<ProjectMember> findByProjectKeyAndUserId(String projectKey, String userId);

  boolean existsByProjectKeyAndUserId(String projectKey, String userId);
}
