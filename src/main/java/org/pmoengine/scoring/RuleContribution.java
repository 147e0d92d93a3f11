package org.pmoengine.scoring;

/**
 * One rule that fired: its name, what it added to the outcome (points, 0 when it only routes or
 * classifies) and a sentence for people.
 */
public record RuleContribution(String rule, double points, String reason) {}
