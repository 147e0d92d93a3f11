package org.pmoengine.register;

import java.time.Instant;

/** A risk as the API shows it. */
public record RiskView(Long id, String projectKey, String title, String description,
    int probability, int impact, int score, String owner, String mitigation, RiskStatus status,
    String createdBy, Instant createdAt, Instant updatedAt, long version) {

  static RiskView of(Risk r) {
    return new RiskView(r.getId(), r.getProjectKey(), r.getTitle(), r.getDescription(),
        r.getProbability(), r.getImpact(), r.getScore(), r.getOwner(), r.getMitigation(),
        r.getStatus(), r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
  }
}
