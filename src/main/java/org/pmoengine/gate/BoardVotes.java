package org.pmoengine.gate;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one rule that turns the votes of every gate-board member into the board's decision: the
 * most severe vote wins. All Go is a Go; any Kill is a Kill; otherwise Recycle over Hold.
 */
public final class BoardVotes {

  private BoardVotes() {}

  public static Recommendation decide(Collection<Recommendation> votes) {
    if (votes.isEmpty()) {
      throw new IllegalArgumentException("A board decision needs at least one vote");
    }
    return votes.stream().reduce(Recommendation.GO, Recommendation::atLeast);
  }

  /** The votes for people and the decision record, such as {@code GO,KILL}. */
  public static String format(Collection<Recommendation> votes) {
    return votes.stream().map(Recommendation::name).collect(Collectors.joining(","));
  }
}
