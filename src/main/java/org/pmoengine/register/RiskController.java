package org.pmoengine.register;

import java.net.URI;
import java.util.List;
import org.pmoengine.project.ProjectAccess;
import org.pmoengine.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The risk register of a project: its readers list and read, its keepers add and update. */
@RestController
@RequestMapping("/api/projects/{key}/risks")
class RiskController {

  private final RiskRegister register;
  private final ProjectAccess access;
  private final CurrentUser user;

  RiskController(RiskRegister register, ProjectAccess access, CurrentUser user) {
    this.register = register;
    this.access = access;
    this.user = user;
  }

  @GetMapping
  List<RiskView> list(@PathVariable String key) {
    access.toRead(key);
    return register.of(key).stream().map(RiskView::of).toList();
  }

  @GetMapping("/{id}")
  RiskView get(@PathVariable String key, @PathVariable long id) {
    access.toRead(key);
    return RiskView.of(register.get(key, id));
  }

  /** Every change to the entry with who made it and when, the latest first. */
  @GetMapping("/{id}/history")
  List<RegisterChangeView> history(@PathVariable String key, @PathVariable long id) {
    access.toRead(key);
    return register.history(key, id).stream().map(RegisterChangeView::of).toList();
  }

  @PostMapping
  ResponseEntity<RiskView> add(@PathVariable String key, @RequestBody RiskForm form) {
    access.toWrite(key);
    Risk risk = register.add(key, form, user.id());
    return ResponseEntity.created(URI.create("/api/projects/" + key + "/risks/" + risk.getId()))
        .body(RiskView.of(risk));
  }

  @PutMapping("/{id}")
  RiskView update(@PathVariable String key, @PathVariable long id, @RequestBody RiskForm form) {
    access.toWrite(key);
    return RiskView.of(register.update(key, id, form, user.id()));
  }
}
