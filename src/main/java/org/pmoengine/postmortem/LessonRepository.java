package org.pmoengine.postmortem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<Lesson, Long> {

  List<Lesson> findByProjectKeyOrderByIdAsc(String projectKey);

  boolean existsByProjectKeyAndAuthor(String projectKey, String author);
}
