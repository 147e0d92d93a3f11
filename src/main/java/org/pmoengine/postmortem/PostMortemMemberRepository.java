package org.pmoengine.postmortem;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostMortemMemberRepository extends JpaRepository<PostMortemMember, Long> {

  List<PostMortemMember> findByProjectKeyOrderByIdAsc(String projectKey);

  Optional<PostMortemMember> findByProjectKeyAndUserId(String projectKey, String userId);
}
