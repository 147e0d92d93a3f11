package org.pmoengine.lifecycle;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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

  /** Votes as kept in the process: comma-separated names, such as {@code GO,KILL}. */
  public static Recommendation decide(String votes) {
    return decide(parse(votes));
  }

  public static List<Recommendation> parse(String votes) {
    if (votes == null || votes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(votes.split(",")).map(String::strip).map(Recommendation::valueOf).toList();
  }

  public static String add(String votes, Recommendation vote) {
    return votes == null || votes.isBlank() ? vote.name() : votes + "," + vote.name();
  }
}
