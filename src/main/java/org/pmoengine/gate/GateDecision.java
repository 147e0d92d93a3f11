package org.pmoengine.gate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pmoengine.project.Gate;

/** A gate board decision (or one member's vote), with the recommendation it followed or overrode. */
@Entity
@Table(name = "gate_decision")
public class GateDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String projectKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gate gate;

  @Enumerated(EnumType.STRING)
  private Recommendation recommendation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Recommendation decision;

  private String reason;
  private String comments;
  private String decidedBy;

  @Column(nullable = false)
  private Instant decidedAt;

  protected GateDecision() {}

  public GateDecision(String projectKey, Gate gate, Recommendation recommendation,
      Recommendation decision, String reason, String comments, String decidedBy,
      Instant decidedAt) {
    this.projectKey = projectKey;
    this.gate = gate;
    this.recommendation = recommendation;
    this.decision = decision;
    this.reason = reason;
    this.comments = comments;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public Gate getGate() { return gate; }
  public Recommendation getRecommendation() { return recommendation; }
  public Recommendation getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getComments() { return comments; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
