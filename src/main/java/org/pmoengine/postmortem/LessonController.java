package org.pmoengine.postmortem;

import java.util.ArrayList;
import java.util.List;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lessons library, open to every signed-in user: published lessons only. */
@RestController
class LessonController {

  static final int MAX_QUERY = 200;

  private final LessonLibrary library;

  LessonController(LessonLibrary library) {
    this.library = library;
  }

  @GetMapping("/api/lessons")
  List<LibraryLesson> search(@RequestParam(required = false) String category,
      @RequestParam(required = false) String q) {
    List<FieldProblem> problems = new ArrayList<>();
    LessonCategory parsed = null;
    if (category != null && !category.isBlank()) {
      parsed = LessonCategory.parse(category).orElse(null);
      if (parsed == null) {
        problems.add(new FieldProblem("category",
            "Choose a category: " + List.of(LessonCategory.values()) + "."));
      }
    }
    List<String> words = LessonLibrary.words(q);
    if (q != null && q.length() > MAX_QUERY) {
      problems.add(new FieldProblem("q", "Search with at most " + MAX_QUERY + " characters."));
    } else if (q != null && !q.isBlank() && words.isEmpty()) {
      problems.add(new FieldProblem("q", "Search for words (letters or digits)."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return library.search(parsed, words);
  }
}
