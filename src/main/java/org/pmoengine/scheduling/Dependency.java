package org.pmoengine.scheduling;

/**
 * A precedence link between two activities.
 *
 * @param predecessorId the activity that drives
 * @param successorId the activity that is driven
 * @param type FS, SS, FF or SF
 * @param lagDays working days between the two ends; negative is a lead
 */
public record Dependency(String predecessorId, String successorId, DependencyType type, int lagDays) {

  public Dependency {
    if (type == null) {
      type = DependencyType.FS;
    }
  }

  /** A finish-to-start link without lag. */
  public static Dependency fs(String predecessorId, String successorId) {
    return new Dependency(predecessorId, successorId, DependencyType.FS, 0);
  }

  public static Dependency of(String predecessorId, String successorId, DependencyType type, int lagDays) {
    return new Dependency(predecessorId, successorId, type, lagDays);
  }
}
