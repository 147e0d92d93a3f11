package org.pmoengine.notification;

/** Where an outbox mail stands: waiting (possibly after failed attempts), delivered, given up. */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
