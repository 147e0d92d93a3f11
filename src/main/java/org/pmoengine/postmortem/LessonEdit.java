package org.pmoengine.postmortem;

import java.util.ArrayList;
import java.util.List;
import org.pmoengine.web.FieldProblem;

/** The PMO's edit of a lesson during the review; a null field stays as it is. */
public record LessonEdit(String wentWell, String wentBadly, String recommendations,
    String category, String tags) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    for (String[] field : new String[][] {{"wentWell", wentWell}, {"wentBadly", wentBadly},
        {"recommendations", recommendations}}) {
      if (field[1] != null && field[1].strip().length() > LessonForm.MAX_TEXT) {
        problems.add(new FieldProblem(field[0], "Keep it under " + LessonForm.MAX_TEXT
            + " characters."));
      }
    }
    if (category != null && LessonCategory.parse(category).isEmpty()) {
      problems.add(new FieldProblem("category",
          "Choose a category: " + List.of(LessonCategory.values()) + "."));
    }
    return problems;
  }
}
