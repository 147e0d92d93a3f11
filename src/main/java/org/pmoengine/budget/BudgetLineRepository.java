package org.pmoengine.budget;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

  List<BudgetLine> findByProjectKeyOrderByCodeAsc(String projectKey);
}
