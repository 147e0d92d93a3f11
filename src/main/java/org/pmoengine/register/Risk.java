package org.pmoengine.register;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A risk in the register of a project. Its score is probability times impact (1 to 25); it is
 * stored so the rules can query high risks directly, and only this class sets it.
 */
@Entity
@Table(name = "risk")
public class Risk extends RegisterEntry {

  private int probability;
  private int impact;
  private int score;
  private String mitigation;

  @Enumerated(EnumType.STRING)
  private RiskStatus status;

  protected Risk() {}

  public Risk(String projectKey, RiskForm form, String createdBy, Instant now) {
    super(projectKey, createdBy, now);
    update(form, now);
  }

  /** Takes over every field of the form; the form has been validated. */
  public void update(RiskForm form, Instant now) {
    describe(form.title(), form.description(), form.owner(), now);
    this.probability = form.probability();
    this.impact = form.impact();
    this.score = probability * impact;
    this.mitigation = blankToNull(form.mitigation());
    this.status = form.status() == null ? RiskStatus.OPEN : form.status();
  }

  @Override
  Map<String, String> shownFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Title", getTitle());
    fields.put("Description", shown(getDescription()));
    fields.put("Probability", rating(probability));
    fields.put("Impact", rating(impact));
    fields.put("Owner", getOwner());
    fields.put("Mitigation", shown(mitigation));
    fields.put("Status", word(status));
    return fields;
  }

  @Override
  boolean isClosed() {
    return status == RiskStatus.CLOSED;
  }

  public int getProbability() { return probability; }
  public int getImpact() { return impact; }
  public int getScore() { return score; }
  public String getMitigation() { return mitigation; }
  public RiskStatus getStatus() { return status; }
}
