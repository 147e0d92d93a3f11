package org.pmoengine.budget;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectVendorRepository extends JpaRepository<ProjectVendor, Long> {

  List<ProjectVendor> findByProjectKeyOrderByVendorIdAsc(String projectKey);
}
