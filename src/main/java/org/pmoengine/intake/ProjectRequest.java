package org.pmoengine.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A proposed project, from submission to decision. Keyed by {@code REQ-yyyy-nnnn}. */
@Entity
@Table(name = "project_request")
public class ProjectRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_key", nullable = false, unique = true, updatable = false)
  private String key;

  private String title;
  private String summary;
  private String businessCase;
  private String sponsor;
  private String department;
  private String category;
  private boolean mandatory;
  private BigDecimal requestedBudget;
  private int effortPersonDays;
  private LocalDate desiredStart;
  private LocalDate desiredEnd;
  private int strategicAlignment;
  private int businessValue;
  private int timeCriticality;
  private int riskReductionOpportunity;
  private int deliveryRisk;

  @Column(updatable = false)
  private String submittedBy;

  @Column(updatable = false)
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  private Integer score;
  private String priorityClass;

  @Enumerated(EnumType.STRING)
  private Route route;

  private String explanation;
  private String topReasons;
  private Long scoringDecisionId;
  private String informationRequested;
  private String informationProvided;
  private String decisionReason;
  private String decidedBy;
  private Instant decidedAt;
  private String projectKey;
  private String processInstanceId;

  @Version
  private long version;

  protected ProjectRequest() {}

  public ProjectRequest(String key, RequestForm form, String submittedBy, Instant submittedAt) {
    this.key = key;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.status = RequestStatus.SUBMITTED;
    update(form);
  }

  /** Takes the values of a valid form; the caller has validated it. */
  void update(RequestForm form) {
    title = form.title();
    summary = form.summary();
    businessCase = form.businessCase();
    sponsor = form.sponsor();
    department = form.department();
    category = form.category();
    mandatory = form.isMandatory();
    requestedBudget = form.requestedBudget();
    effortPersonDays = form.effortPersonDays();
    desiredStart = form.desiredStart();
    desiredEnd = form.desiredEnd();
    strategicAlignment = form.strategicAlignment();
    businessValue = form.businessValue();
    timeCriticality = form.timeCriticality();
    riskReductionOpportunity = form.riskReductionOpportunity();
    deliveryRisk = form.deliveryRisk();
  }

  RequestForm toForm() {
    return new RequestForm(title, summary, businessCase, sponsor, department, category, mandatory,
        requestedBudget, effortPersonDays, desiredStart, desiredEnd, strategicAlignment,
        businessValue, timeCriticality, riskReductionOpportunity, deliveryRisk);
  }

  ScoringInput toScoringInput() {
    return new ScoringInput(category, mandatory, requestedBudget, effortPersonDays, desiredStart,
        desiredEnd, strategicAlignment, businessValue, timeCriticality, riskReductionOpportunity,
        deliveryRisk);
  }

  void scored(IntakeScore result) {
    score = result.score();
    priorityClass = result.priorityClass();
    route = result.route();
    explanation = result.explanation();
    topReasons = result.contributions().stream()
        .filter(c -> c.points() != 0)
        .sorted((a, b) -> Double.compare(Math.abs(b.points()), Math.abs(a.points())))
        .limit(3)
        .map(c -> c.reason())
        .reduce((a, b) -> a + "\n" + b)
        .orElse(null);
    scoringDecisionId = result.decisionId();
    status = RequestStatus.IN_REVIEW;
  }

  void decided(RequestStatus outcome, String reason, String userId, Instant at) {
    status = outcome;
    decisionReason = reason;
    decidedBy = userId;
    decidedAt = at;
  }

  void informationRequested(String question, String userId, Instant at) {
    decided(RequestStatus.MORE_INFORMATION, question, userId, at);
    informationRequested = question;
  }

  void informationProvided(String answer) {
    informationProvided = answer;
    status = RequestStatus.SUBMITTED;
  }

  void approvedAs(String projectKey) {
    this.projectKey = projectKey;
    status = RequestStatus.APPROVED;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public String getKey() { return key; }
  public String getTitle() { return title; }
  public String getSummary() { return summary; }
  public String getBusinessCase() { return businessCase; }
  public String getSponsor() { return sponsor; }
  public String getDepartment() { return department; }
  public String getCategory() { return category; }
  public boolean isMandatory() { return mandatory; }
  public BigDecimal getRequestedBudget() { return requestedBudget; }
  public int getEffortPersonDays() { return effortPersonDays; }
  public LocalDate getDesiredStart() { return desiredStart; }
  public LocalDate getDesiredEnd() { return desiredEnd; }
  public int getStrategicAlignment() { return strategicAlignment; }
  public int getBusinessValue() { return businessValue; }
  public int getTimeCriticality() { return timeCriticality; }
  public int getRiskReductionOpportunity() { return riskReductionOpportunity; }
  public int getDeliveryRisk() { return deliveryRisk; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public RequestStatus getStatus() { return status; }
  public Integer getScore() { return score; }
  public String getPriorityClass() { return priorityClass; }
  public Route getRoute() { return route; }
  public String getExplanation() { return explanation; }
  /** The three rules that moved the score most, one sentence per line. */
  public java.util.List<String> getTopReasons() {
    return topReasons == null ? java.util.List.of() : java.util.List.of(topReasons.split("\n"));
  }
  public Long getScoringDecisionId() { return scoringDecisionId; }
  public String getInformationRequested() { return informationRequested; }
  public String getInformationProvided() { return informationProvided; }
  public String getDecisionReason() { return decisionReason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getProjectKey() { return projectKey; }
  public String getProcessInstanceId() { return processInstanceId; }
}
