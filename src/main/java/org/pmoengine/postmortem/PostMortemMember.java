package org.pmoengine.postmortem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A team member asked for lessons in a post-mortem. Who has not answered at the deadline is
 * recorded as MISSED: the non-responders.
 */
@Entity
@Table(name = "post_mortem_member")
public class PostMortemMember {

  public static final String INVITED = "INVITED";
  public static final String ANSWERED = "ANSWERED";
  public static final String MISSED = "MISSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  private String status;
  private Instant invitedAt;
  private Instant answeredAt;

  protected PostMortemMember() {}

  PostMortemMember(String projectKey, String userId, Instant invitedAt) {
    this.projectKey = projectKey;
    this.userId = userId;
    this.status = INVITED;
    this.invitedAt = invitedAt;
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getUserId() { return userId; }
  public String getStatus() { return status; }
  public Instant getInvitedAt() { return invitedAt; }
  public Instant getAnsweredAt() { return answeredAt; }

  void answered(Instant at) {
    this.status = ANSWERED;
    this.answeredAt = at;
  }

  void missed() {
    if (INVITED.equals(status)) {
      this.status = MISSED;
    }
  }
}
