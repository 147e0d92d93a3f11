package org.pmoengine.postmortem;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lessons library, open to every signed-in user: published lessons only. */
@RestController
class LessonController {

  private final LessonLibrary library;

  LessonController(LessonLibrary library) {
    this.library = library;
  }

  @GetMapping("/api/lessons")
  List<LibraryLesson> search(@RequestParam(required = false) String category,
      @RequestParam(required = false) String q) {
    return library.search(category, null, q);
  }
}
