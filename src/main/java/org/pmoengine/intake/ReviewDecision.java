package org.pmoengine.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reviewer's decision on a request, kept for good: who decided what, when and why. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String requestKey;

  @Enumerated(EnumType.STRING)
  private ReviewStage stage;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private String reason;
  private String decidedBy;
  private Instant decidedAt;

  protected ReviewDecision() {}

  public ReviewDecision(String requestKey, ReviewStage stage, Decision decision, String reason,
      String decidedBy, Instant decidedAt) {
    this.requestKey = requestKey;
    this.stage = stage;
    this.decision = decision;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() { return id; }
  public String getRequestKey() { return requestKey; }
  public ReviewStage getStage() { return stage; }
  public Decision getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
