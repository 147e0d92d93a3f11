package org.pmoengine.project;

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

/** An approved request become a project, keyed by {@code PRJ-yyyy-nnnn}. */
@Entity
@Table(name = "project")
public class Project {

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
  @Enumerated(EnumType.STRING)
  private ProjectStatus status;
  private Instant createdAt;
  @Enumerated(EnumType.STRING)
  private Stage stage;
  @Enumerated(EnumType.STRING)
  private WarningLevel warningLevel = WarningLevel.NONE;
  private boolean postMortemDue;
  @Enumerated(EnumType.STRING)
  private Rag health;

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
    this.status = ProjectStatus.APPROVED;
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
  public ProjectStatus getStatus() { return status; }
  public Instant getCreatedAt() { return createdAt; }
  public Stage getStage() { return stage; }
  public WarningLevel getWarningLevel() { return warningLevel; }
  public boolean isPostMortemDue() { return postMortemDue; }
  public Rag getHealth() { return health; }

  /** The health (RAG) the rules derived from the last status report. */
  public void rated(Rag rag) {
    this.health = rag;
  }

  /** The project works in this stage of its lifecycle. */
  public void enterStage(Stage stage) {
    this.stage = stage;
    this.status = ProjectStatus.ACTIVE;
  }

  /** The lifecycle ended: closed after its last gate, or killed at a gate. */
  public void end(ProjectStatus status) {
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
  public void warningSent(WarningLevel level) {
    this.warningLevel = level;
  }
}
