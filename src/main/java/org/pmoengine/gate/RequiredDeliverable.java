package org.pmoengine.gate;

/**
 * A deliverable the gate rules require at the gate being assessed, inserted by the rules so that
 * the deliverable checks match on it. The id is what a project manager ticks ({@code
 * business-case}); the name is for sentences ({@code business case}).
 */
public final class RequiredDeliverable {

  private final String id;
  private final String name;

  public RequiredDeliverable(String id, String name) {
    this.id = id;
    this.name = name;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
