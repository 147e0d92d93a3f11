package org.pmoengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmoengine.lifecycle.Recommendation.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoardVotesTests {

  @Test
  void allGoIsGo() {
    assertThat(BoardVotes.decide(List.of(GO, GO, GO))).isEqualTo(GO);
  }

  @Test
  void anyKillIsKill() {
    assertThat(BoardVotes.decide(List.of(GO, KILL, GO))).isEqualTo(KILL);
    assertThat(BoardVotes.decide("RECYCLE,HOLD,KILL")).isEqualTo(KILL);
  }

  @Test
  void otherwiseTheMostSevereVoteWins() {
    assertThat(BoardVotes.decide(List.of(GO, HOLD, GO))).isEqualTo(HOLD);
    assertThat(BoardVotes.decide(List.of(HOLD, RECYCLE, GO))).isEqualTo(RECYCLE);
  }

  @Test
  void votesAreKeptAsACommaList() {
    assertThat(BoardVotes.add(BoardVotes.add(null, GO), KILL)).isEqualTo("GO,KILL");
    assertThat(BoardVotes.parse("GO, KILL")).containsExactly(GO, KILL);
  }

  @Test
  void aDecisionNeedsAVote() {
    assertThatThrownBy(() -> BoardVotes.decide("")).isInstanceOf(IllegalArgumentException.class);
  }
}
