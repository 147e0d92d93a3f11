package org.pmoengine.intake;

import java.net.URI;
import java.util.List;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Project requests: submit, read (requesters their own, the PMO and the board all), decide. */
@RestController
@RequestMapping("/api/requests")
class IntakeController {

  record DecisionInput(Decision decision, String reason) {}

  private final IntakeProcess process;
  private final IntakeService intake;
  private final ProjectRequestRepository requests;
  private final CurrentUser user;

  IntakeController(IntakeProcess process, IntakeService intake,
      ProjectRequestRepository requests, CurrentUser user) {
    this.process = process;
    this.intake = intake;
    this.requests = requests;
    this.user = user;
  }

  @PostMapping
  ResponseEntity<RequestView> submit(@RequestBody RequestForm form) {
    ProjectRequest request = process.submit(form);
    return ResponseEntity.created(URI.create("/api/requests/" + request.getKey()))
        .body(RequestView.of(request, List.of()));
  }

  @GetMapping
  List<RequestView> list() {
    List<ProjectRequest> visible = seesAll() ? requests.findAllByOrderBySubmittedAtDesc()
        : requests.findBySubmittedByOrderBySubmittedAtDesc(user.id());
    return visible.stream().map(r -> RequestView.of(r, List.of())).toList();
  }

  @GetMapping("/{key}")
  RequestView get(@PathVariable String key) {
    ProjectRequest request = requests.findByKey(key)
        .filter(r -> seesAll() || r.getSubmittedBy().equals(user.id()))
        .orElseThrow(() -> new NotFoundException("There is no request " + key + "."));
    return RequestView.of(request, intake.decisionsOf(key));
  }

  @PostMapping("/{key}/decision")
  RequestView decide(@PathVariable String key, @RequestBody DecisionInput input) {
    process.decide(key, input.decision(), input.reason(), user.groups());
    return RequestView.of(intake.get(key), intake.decisionsOf(key));
  }

  private boolean seesAll() {
    return user.isMemberOf(PmoGroups.PMO) || user.isMemberOf(PmoGroups.PORTFOLIO_BOARD)
        || user.isMemberOf(PmoGroups.CAMUNDA_ADMIN);
  }
}
