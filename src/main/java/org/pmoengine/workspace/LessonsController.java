package org.pmoengine.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pmoengine.postmortem.LessonCategory;
import org.pmoengine.postmortem.LessonLibrary;
import org.pmoengine.postmortem.LibraryLesson;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lessons library for everyone signed in: the published lessons of every post-mortem,
 * searched by words and filtered by category and project, with the same checks as
 * {@code /api/lessons} ({@link LessonLibrary}). A plain GET form; htmx swaps the results in as
 * one types.
 */
@Controller
class LessonsController {

  private final LessonLibrary library;

  LessonsController(LessonLibrary library) {
    this.library = library;
  }

  @GetMapping("/lessons")
  String lessons(@RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String project, Model model) {
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("category", category == null ? "" : category);
    model.addAttribute("project", project == null ? "" : project);
    model.addAttribute("categories", Arrays.asList(LessonCategory.values()));
    model.addAttribute("projects", library.projects());
    List<LibraryLesson> found = List.of();
    Map<String, String> errors = Map.of();
    try {
      found = library.search(category, project, q);
    } catch (InvalidInputException e) {
      errors = e.problems().stream().collect(Collectors.toMap(FieldProblem::field,
          p -> p.field().equals("category") ? "Choose one of the categories listed." : p.message(),
          (a, b) -> a));
    }
    model.addAttribute("lessons", found);
    model.addAttribute("errors", errors);
    model.addAttribute("filtered", !(q == null || q.isBlank()) || !(category == null
        || category.isBlank()) || !(project == null || project.isBlank()));
    model.addAttribute("limit", LessonLibrary.LIMIT);
    return "workspace/lessons";
  }
}
