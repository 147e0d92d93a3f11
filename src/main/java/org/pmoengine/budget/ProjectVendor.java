package org.pmoengine.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A vendor engaged on a project; invoices from anyone else are flagged. */
@Entity
@Table(name = "project_vendor")
public class ProjectVendor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  private String vendorId;
  private String name;
  private String createdBy;
  private Instant createdAt;

  protected ProjectVendor() {}

  public ProjectVendor(String projectKey, String vendorId, String name, String createdBy,
      Instant createdAt) {
    this.projectKey = projectKey;
    this.vendorId = vendorId;
    this.name = name;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Vendor ids are compared without regard to case or surrounding blanks. */
  public boolean is(String vendor) {
    return vendor != null && vendorId.equalsIgnoreCase(vendor.strip());
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getVendorId() { return vendorId; }
  public String getName() { return name; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
