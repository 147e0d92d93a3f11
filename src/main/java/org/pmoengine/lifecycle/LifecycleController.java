package org.pmoengine.lifecycle;

import java.time.Instant;
import java.util.List;
import org.pmoengine.gate.GateDecision;
import org.pmoengine.gate.GateReviews;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.project.Gate;
import org.pmoengine.project.ProjectAccess;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's gates: the decisions taken, and taking a held project off hold. */
@RestController
@RequestMapping("/api/projects/{key}")
class LifecycleController {

  /** A gate decision as the API shows it. */
  record GateDecisionView(Gate gate, Recommendation recommendation, Recommendation decision,
      String reason, String comments, String decidedBy, Instant decidedAt) {

    static GateDecisionView of(GateDecision d) {
      return new GateDecisionView(d.getGate(), d.getRecommendation(), d.getDecision(),
          d.getReason(), d.getComments(), d.getDecidedBy(), d.getDecidedAt());
    }
  }

  private final GateReviews reviews;
  private final LifecycleMessages messages;
  private final ProjectAccess access;
  private final CurrentUser user;

  LifecycleController(GateReviews reviews, LifecycleMessages messages,
      ProjectAccess access, CurrentUser user) {
    this.reviews = reviews;
    this.messages = messages;
    this.access = access;
    this.user = user;
  }

  @GetMapping("/gate-decisions")
  List<GateDecisionView> decisions(@PathVariable String key) {
    access.toRead(key);
    return reviews.decisions(key).stream().map(GateDecisionView::of).toList();
  }

  /** Only the gate board (who put the project on hold) or the PMO takes it off hold. */
  @PostMapping("/resume")
  ResponseEntity<Void> resume(@PathVariable String key) {
    access.toRead(key);
    if (!user.isMemberOf(PmoGroups.GATE_BOARD) && !user.isMemberOf(PmoGroups.PMO)) {
      throw new ForbiddenException("Only the gate board or the PMO may resume " + key + ".");
    }
    messages.resume(key, user.id());
    return ResponseEntity.noContent().build();
  }
}
