package org.pmoengine.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetReviewRepository extends JpaRepository<BudgetReview, Long> {

  List<BudgetReview> findByProjectKeyOrderByIdDesc(String projectKey);

  Optional<BudgetReview> findFirstByProjectKeyOrderByIdDesc(String projectKey);
}
