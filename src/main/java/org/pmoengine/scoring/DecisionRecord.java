package org.pmoengine.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One decision taken by the rules, as stored: the area ({@code intake-scoring}, later gate
 * criteria and budget rules), the subject (a request or project key), the rules version, and the
 * inputs, outcome and contributions as JSON text, with the explanation for people.
 */
@Entity
@Table(name = "rule_decision")
public class DecisionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_area", nullable = false, updatable = false)
  private String decisionArea;

  @Column(name = "subject_key", nullable = false, updatable = false)
  private String subjectKey;

  @Column(name = "rules_version", nullable = false, updatable = false)
  private String rulesVersion;

  @Column(nullable = false, updatable = false)
  private String inputs;

  @Column(nullable = false, updatable = false)
  private String outcome;

  @Column(nullable = false, updatable = false)
  private String contributions;

  @Column(nullable = false, updatable = false)
  private String explanation;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected DecisionRecord() {}

  DecisionRecord(String decisionArea, String subjectKey, String rulesVersion, String inputs,
      String outcome, String contributions, String explanation, Instant decidedAt) {
    this.decisionArea = decisionArea;
    this.subjectKey = subjectKey;
    this.rulesVersion = rulesVersion;
    this.inputs = inputs;
    this.outcome = outcome;
    this.contributions = contributions;
    this.explanation = explanation;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public String getDecisionArea() {
    return decisionArea;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getRulesVersion() {
    return rulesVersion;
  }

  public String getInputs() {
    return inputs;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getContributions() {
    return contributions;
  }

  public String getExplanation() {
    return explanation;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
