package org.pmoengine.register;

/**
 * A risk as entered. Probability and impact are rated 1 (very low) to 5 (very high); the status
 * is OPEN when left out of a new risk.
 */
public record RiskForm(String title, String description, Integer probability, Integer impact,
    String owner, String mitigation, RiskStatus status) {}
