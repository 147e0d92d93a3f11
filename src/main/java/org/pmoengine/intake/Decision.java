package org.pmoengine.intake;

/** What a reviewer decides about a request. */
public enum Decision {
  APPROVE,
  REJECT,
  /** Defer to the backlog. */
  DEFER,
  /** Send back to the requester for more information. */
  MORE_INFO
}
