package org.pmoengine.scheduling;

/**
 * A renewable resource, such as a team or a machine.
 *
 * @param capacityPerDay units available on every working day
 */
public record Resource(String id, String name, int capacityPerDay) {}
