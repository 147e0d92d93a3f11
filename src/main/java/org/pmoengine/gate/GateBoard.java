package org.pmoengine.gate;

import java.util.List;
import org.pmoengine.project.People;
import org.pmoengine.security.PmoGroups;
import org.springframework.stereotype.Component;

/**
 * The members of the gate board, for the review by every member:
 * {@code camunda:collection="${gateBoard.members()}"}.
 */
@Component("gateBoard")
public class GateBoard {

  private final People people;

  public GateBoard(People people) {
    this.people = people;
  }

  public List<String> members() {
    List<String> ids = people.members(PmoGroups.GATE_BOARD).stream()
        .map(People.Person::id).toList();
    if (ids.isEmpty()) {
      throw new IllegalStateException("The group " + PmoGroups.GATE_BOARD + " has no members");
    }
    return ids;
  }
}
