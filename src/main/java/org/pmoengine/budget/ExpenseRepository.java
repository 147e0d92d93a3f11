package org.pmoengine.budget;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpenseRepository extends JpaRepository<Expense, Long> {

  List<Expense> findByProjectKeyOrderByExpenseDateAscIdAsc(String projectKey);
}
