package org.pmoengine.gate;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.pmoengine.security.PmoGroups;

/**
 * The members of the gate board, for the review by every member:
 * {@code camunda:collection="${gateBoard.members()}"}.
 */
@Component("gateBoard")
public class GateBoard {

  private final IdentityService identity;

  public GateBoard(IdentityService identity) {
    this.identity = identity;
  }

  public List<String> members() {
    List<String> ids = identity.createUserQuery().memberOfGroup(PmoGroups.GATE_BOARD)
        .orderByUserId().asc().list().stream().map(User::getId).toList();
    if (ids.isEmpty()) {
      throw new IllegalStateException("The group " + PmoGroups.GATE_BOARD + " has no members");
    }
    return ids;
  }
}
