package org.pmoengine.budget;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetReviewRepository extends JpaRepository<BudgetReview, Long> {

  Optional<BudgetReview> findFirstByProjectKeyOrderByIdDesc(String projectKey);
}
