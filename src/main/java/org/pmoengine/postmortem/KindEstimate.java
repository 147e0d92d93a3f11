package org.pmoengine.postmortem;

/**
 * How one kind of activity of a finished project was estimated: the effort planned for it and
 * the effort it took, in days.
 */
public record KindEstimate(String kind, int plannedDays, int actualDays) {

  public KindEstimate {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("An estimate needs the kind of activity it is for");
    }
    if (plannedDays < 0 || actualDays < 0) {
      throw new IllegalArgumentException("The days of kind '" + kind + "' can't be negative"
          + " (planned " + plannedDays + ", actual " + actualDays + ")");
    }
  }
}
