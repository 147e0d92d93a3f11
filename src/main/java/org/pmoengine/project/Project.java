package org.pmoengine.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An approved request become a project, keyed by {@code PRJ-yyyy-nnnn}. */
@Entity
@Table(name = "project")
public class Project {

  /** The project exists; its stage-gate lifecycle has not started yet. */
  public static final String STATUS_APPROVED = "APPROVED";
  /** The project is in its stage-gate lifecycle. */
  public static final String STATUS_ACTIVE = "ACTIVE";
  /** The project passed its closure gate. */
  public static final String STATUS_CLOSED = "CLOSED";
  /** A gate board stopped the project without delivery. */
  public static final String STATUS_KILLED = "KILLED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, unique = true, updatable = false)
  private String key;

  @Column(updatable = false)
  private String requestKey;

  private String name;
  private String sponsor;
  private String department;
  private String category;
  private BigDecimal budget;
  private LocalDate plannedStart;
  private LocalDate plannedEnd;
  private String manager;
  private String status;
  private Instant createdAt;
  private String stage;
  private String warningLevel = "NONE";
  private boolean postMortemDue;
  private String health;

  @Version
  private long version;

  protected Project() {}

  public Project(String key, String requestKey, String name, String sponsor, String department,
      String category, BigDecimal budget, LocalDate plannedStart, LocalDate plannedEnd,
      String manager, Instant createdAt) {
    this.key = key;
    this.requestKey = requestKey;
    this.name = name;
    this.sponsor = sponsor;
    this.department = department;
    this.category = category;
    this.budget = budget;
    this.plannedStart = plannedStart;
    this.plannedEnd = plannedEnd;
    this.manager = manager;
    this.status = STATUS_APPROVED;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getKey() { return key; }
  public String getRequestKey() { return requestKey; }
  public String getName() { return name; }
  public String getSponsor() { return sponsor; }
  public String getDepartment() { return department; }
  public String getCategory() { return category; }
  public BigDecimal getBudget() { return budget; }
  public LocalDate getPlannedStart() { return plannedStart; }
  public LocalDate getPlannedEnd() { return plannedEnd; }
  public String getManager() { return manager; }
  public String getStatus() { return status; }
  public Instant getCreatedAt() { return createdAt; }
  public String getStage() { return stage; }
  public String getWarningLevel() { return warningLevel; }
  public boolean isPostMortemDue() { return postMortemDue; }
  public String getHealth() { return health; }

  /** The health (RAG) the rules derived from the last status report. */
  public void rated(String rag) {
    this.health = rag;
  }

  /** The project works in this stage of its lifecycle. */
  public void enterStage(String stage) {
    this.stage = stage;
    this.status = STATUS_ACTIVE;
  }

  /** The lifecycle ended: closed after its last gate, or killed at a gate. */
  public void end(String status) {
    this.status = status;
  }

  /** The lessons-learned review is due (the post-mortem process picks it up). */
  public void postMortemIsDue() {
    this.postMortemDue = true;
  }

  /** An approved change added this amount to the project's budget (the BAC of earned value). */
  public void budgetRaised(BigDecimal amount) {
    this.budget = budget == null ? amount : budget.add(amount);
  }

  /** The level of the last overrun warning sent, so that a warning is not repeated. */
  public void warningSent(String level) {
    this.warningLevel = level;
  }
}
