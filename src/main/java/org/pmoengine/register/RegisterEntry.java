package org.pmoengine.register;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What a risk and an issue have in common: an entry of one project's register with a title, a
 * description and an owner, who made it and when, and a version for concurrent edits. Each kind
 * keeps its own table; these are the columns both tables have.
 */
@MappedSuperclass
public abstract class RegisterEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_key", nullable = false, updatable = false)
  private String projectKey;

  private String title;
  private String description;
  private String owner;

  @Column(updatable = false)
  private String createdBy;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version
  private long version;

  protected RegisterEntry() {}

  protected RegisterEntry(String projectKey, String createdBy, Instant now) {
    this.projectKey = projectKey;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Takes over the common fields of a validated form: title and owner are required. */
  protected void describe(String title, String description, String owner, Instant now) {
    this.title = title.strip();
    this.description = blankToNull(description);
    this.owner = owner.strip();
    this.updatedAt = now;
  }

  /**
   * The fields as the history shows them, by label in the order of the form: what a change is
   * compared on. Values are words and numbers, never codes.
   */
  abstract Map<String, String> shownFields();

  /** Whether the entry is closed (a closed risk, a done issue). */
  abstract boolean isClosed();

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final String[] RATINGS = {"very low", "low", "medium", "high", "very high"};

  /** {@code IN_PROGRESS} reads "In progress". */
  static String word(Enum<?> code) {
    if (code == null) {
      return "–";
    }
    String text = code.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** A rating of 1 to 5 with its word: "4 (high)". */
  static String rating(int value) {
    return value >= 1 && value <= 5 ? value + " (" + RATINGS[value - 1] + ")" : "–";
  }

  static String shown(String text) {
    return text == null ? "–" : text;
  }

  static String shown(LocalDate date) {
    return date == null ? "–" : DATE.format(date);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() { return id; }
  public String getProjectKey() { return projectKey; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public String getOwner() { return owner; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public long getVersion() { return version; }
}
