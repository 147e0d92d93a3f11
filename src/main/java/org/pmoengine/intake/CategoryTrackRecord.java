package org.pmoengine.intake;

/**
 * What the finished projects of a request's category teach the intake rules: how many there
 * were and by how much, all together, their work overran its planned effort (negative when it
 * took less).
 *
 * @param overrunPercent (actual / planned − 1) × 100 over every finished project of the category
 */
public record CategoryTrackRecord(String category, int projects, double overrunPercent) {}
