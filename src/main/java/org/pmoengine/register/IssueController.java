package org.pmoengine.register;

import java.net.URI;
import java.time.LocalDate;
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

/** The issues and action items of a project: readers list and read, keepers add and update. */
@RestController
@RequestMapping("/api/projects/{key}/issues")
class IssueController {

  private final IssueRegister register;
  private final ProjectAccess access;
  private final CurrentUser user;

  IssueController(IssueRegister register, ProjectAccess access, CurrentUser user) {
    this.register = register;
    this.access = access;
    this.user = user;
  }

  @GetMapping
  List<IssueView> list(@PathVariable String key) {
    access.toRead(key);
    LocalDate today = register.today();
    return register.of(key).stream().map(i -> IssueView.of(i, today)).toList();
  }

  @GetMapping("/{id}")
  IssueView get(@PathVariable String key, @PathVariable long id) {
    access.toRead(key);
    return IssueView.of(register.get(key, id), register.today());
  }

  /** Every change to the entry with who made it and when, the latest first. */
  @GetMapping("/{id}/history")
  List<RegisterChangeView> history(@PathVariable String key, @PathVariable long id) {
    access.toRead(key);
    return register.history(key, id).stream().map(RegisterChangeView::of).toList();
  }

  @PostMapping
  ResponseEntity<IssueView> add(@PathVariable String key, @RequestBody IssueForm form) {
    access.toWrite(key);
    Issue issue = register.add(key, form, user.id());
    return ResponseEntity.created(URI.create("/api/projects/" + key + "/issues/" + issue.getId()))
        .body(IssueView.of(issue, register.today()));
  }

  @PutMapping("/{id}")
  IssueView update(@PathVariable String key, @PathVariable long id, @RequestBody IssueForm form) {
    access.toWrite(key);
    return IssueView.of(register.update(key, id, form, user.id()), register.today());
  }
}
