package org.pmoengine.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmoengine.gate.Recommendation.*;

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
    assertThat(BoardVotes.decide(List.of(RECYCLE, HOLD, KILL))).isEqualTo(KILL);
  }

  @Test
  void otherwiseTheMostSevereVoteWins() {
    assertThat(BoardVotes.decide(List.of(GO, HOLD, GO))).isEqualTo(HOLD);
    assertThat(BoardVotes.decide(List.of(HOLD, RECYCLE, GO))).isEqualTo(RECYCLE);
  }

  @Test
  void votesAreWrittenAsACommaList() {
    assertThat(BoardVotes.format(List.of(GO, KILL))).isEqualTo("GO,KILL");
  }

  @Test
  void aDecisionNeedsAVote() {
    assertThatThrownBy(() -> BoardVotes.decide(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
