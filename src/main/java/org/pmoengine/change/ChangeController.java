package org.pmoengine.change;

import java.net.URI;
import java.util.List;
import org.pmoengine.project.ProjectAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A project's change requests: raise one, the change log, decide, withdraw. */
@RestController
@RequestMapping("/api/projects/{key}/changes")
class ChangeController {

  /** The approver's decision: APPROVE or REJECT, and why. */
  record DecisionForm(String decision, String reason) {}

  /** What raising a change answers: its key, status and impact against the latest plan. */
  record RaisedView(String changeKey, ChangeStatus status, ChangeImpact impact) {}

  private final ChangeProcess process;
  private final ChangeViews views;
  private final ProjectAccess access;

  ChangeController(ChangeProcess process, ChangeViews views, ProjectAccess access) {
    this.process = process;
    this.views = views;
    this.access = access;
  }

  /** Any member of the project's team raises a change. */
  @PostMapping
  ResponseEntity<RaisedView> raise(@PathVariable String key,
      @RequestBody ChangeRequestForm form) {
    ChangeProcess.Raised raised = process.raise(key, form);
    String changeKey = raised.change().getKey();
    return ResponseEntity.created(URI.create("/api/projects/" + key + "/changes/" + changeKey))
        .body(new RaisedView(changeKey, raised.change().getStatus(), raised.impact()));
  }

  /** The change log: every change with its impact, class, decisions and dates. */
  @GetMapping
  List<ChangeView> log(@PathVariable String key) {
    access.toRead(key);
    return views.log(key);
  }

  @GetMapping("/{changeKey}")
  ChangeView change(@PathVariable String key, @PathVariable String changeKey) {
    access.toRead(key);
    return ofProject(key, changeKey);
  }

  /** The plan as the change was analysed, {@code view=before} or {@code after} (the default). */
  @GetMapping(path = "/{changeKey}/gantt.svg", produces = "image/svg+xml")
  String gantt(@PathVariable String key, @PathVariable String changeKey,
      @RequestParam(defaultValue = "after") String view) {
    access.toRead(key);
    ofProject(key, changeKey);
    return views.gantt(changeKey, !"before".equals(view));
  }

  /** Completes the approval task, as Tasklist does; the four-eyes rule applies. */
  @PostMapping("/{changeKey}/decision")
  ChangeView decide(@PathVariable String key, @PathVariable String changeKey,
      @RequestBody DecisionForm form) {
    access.toRead(key);
    process.decide(key, changeKey, form.decision(), form.reason());
    return views.of(changeKey);
  }

  /** The requester takes back a change waiting for approval. */
  @PostMapping("/{changeKey}/withdraw")
  ChangeView withdraw(@PathVariable String key, @PathVariable String changeKey) {
    process.withdraw(key, changeKey);
    return views.of(changeKey);
  }

  private ChangeView ofProject(String key, String changeKey) {
    ChangeView view = views.of(changeKey);
    if (!view.projectKey().equals(key)) {
      throw new org.pmoengine.web.NotFoundException(key + " has no change " + changeKey + ".");
    }
    return view;
  }
}
