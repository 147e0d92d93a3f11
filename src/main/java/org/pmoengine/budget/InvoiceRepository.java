package org.pmoengine.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  List<Invoice> findByProjectKeyOrderByInvoiceDateAscIdAsc(String projectKey);

  Optional<Invoice> findByIdAndProjectKey(Long id, String projectKey);
}
