package org.pmoengine.postmortem;

import org.pmoengine.project.ProjectAccess;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's post-mortem: its metrics, non-responders and lessons, for the project's readers. */
@RestController
@RequestMapping("/api/projects/{key}/post-mortem")
class PostMortemController {

  private final PostMortems postMortems;
  private final ProjectAccess access;
  private final CurrentUser user;

  PostMortemController(PostMortems postMortems, ProjectAccess access, CurrentUser user) {
    this.postMortems = postMortems;
    this.access = access;
    this.user = user;
  }

  @GetMapping
  PostMortemView postMortem(@PathVariable String key) {
    access.toRead(key);
    return postMortems.view(key)
        .orElseThrow(() -> new NotFoundException("Project " + key + " has no post-mortem yet."));
  }

  /** The PMO edits a lesson's text, category or tags before publishing it. */
  @PutMapping("/lessons/{id}")
  LessonView edit(@PathVariable String key, @PathVariable long id, @RequestBody LessonEdit edit) {
    access.toRead(key);
    if (!user.isMemberOf(PmoGroups.PMO) && !user.isMemberOf(PmoGroups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Only the PMO edits the lessons of " + key + ".");
    }
    return LessonView.of(postMortems.editLesson(key, id, edit));
  }
}
