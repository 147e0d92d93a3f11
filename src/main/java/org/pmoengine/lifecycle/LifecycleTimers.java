package org.pmoengine.lifecycle;

import org.springframework.stereotype.Component;

/** Durations of the lifecycle's timers: {@code ${lifecycleTimers.holdReview()}} in the BPMN. */
@Component("lifecycleTimers")
public class LifecycleTimers {

  private final LifecycleProperties properties;

  public LifecycleTimers(LifecycleProperties properties) {
    this.properties = properties;
  }

  /** ISO-8601 duration after which a project on hold is reviewed again. */
  public String holdReview() {
    return properties.holdReview().toString();
  }

  /** ISO-8601 repeating interval of the status reports during Execution. */
  public String statusCycle() {
    return properties.statusCycle();
  }
}
