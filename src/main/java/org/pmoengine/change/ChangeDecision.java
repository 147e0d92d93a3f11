package org.pmoengine.change;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One approval decision on a change, kept also when a later re-analysis voids it. */
@Entity
@Table(name = "change_decision")
public class ChangeDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String changeKey;
  private int planVersion;
  private String changeClass;
  private String approver;
  private String decision;
  private String reason;
  private String decidedBy;
  private Instant decidedAt;

  protected ChangeDecision() {}

  ChangeDecision(ChangeRequest change, String decision, String reason, String decidedBy,
      Instant decidedAt) {
    this.changeKey = change.getKey();
    this.planVersion = change.getPlanVersion();
    this.changeClass = change.getChangeClass().name();
    this.approver = change.getApprover();
    this.decision = decision;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() { return id; }
  public String getChangeKey() { return changeKey; }
  public int getPlanVersion() { return planVersion; }
  public String getChangeClass() { return changeClass; }
  public String getApprover() { return approver; }
  public String getDecision() { return decision; }
  public String getReason() { return reason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
