package org.pmoengine.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user who works on a project besides its manager and sponsor, with the role they play. */
@Entity
@Table(name = "project_member")
public class ProjectMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String projectKey;

  @Column(nullable = false, updatable = false)
  private String userId;

  @Column(name = "team_role")
  private String role;

  private String addedBy;
  private Instant addedAt;

  protected ProjectMember() {}

  public ProjectMember(String projectKey, String userId, String role, String addedBy,
      Instant addedAt) {
    this.projectKey = projectKey;
    this.userId = userId;
    this.role = role;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public String getProjectKey() { return projectKey; }
  public String getUserId() { return userId; }
  public String getRole() { return role; }
  public String getAddedBy() { return addedBy; }
  public Instant getAddedAt() { return addedAt; }

  public void playsRole(String role) {
    this.role = role;
  }
}
