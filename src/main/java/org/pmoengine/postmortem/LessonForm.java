package org.pmoengine.postmortem;

import java.util.ArrayList;
import java.util.List;
import org.pmoengine.web.FieldProblem;

/** A team member's answer on the lesson form. */
public record LessonForm(String wentWell, String wentBadly, String recommendations,
    String category) {

  static final int MAX_TEXT = 4000;

  /** Every problem with the answer; empty when it can be stored. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (isBlank(wentWell) && isBlank(wentBadly) && isBlank(recommendations)) {
      problems.add(new FieldProblem(PostMortemVariables.WENT_WELL,
          "Write at least one of what went well, what did not, or a recommendation."));
    }
    tooLong(problems, PostMortemVariables.WENT_WELL, wentWell);
    tooLong(problems, PostMortemVariables.WENT_BADLY, wentBadly);
    tooLong(problems, PostMortemVariables.RECOMMENDATIONS, recommendations);
    if (LessonCategory.parse(category).isEmpty()) {
      problems.add(new FieldProblem(PostMortemVariables.LESSON_CATEGORY,
          "Choose a category: " + List.of(LessonCategory.values()) + "."));
    }
    return problems;
  }

  private static void tooLong(List<FieldProblem> problems, String field, String text) {
    if (text != null && text.strip().length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "Keep it under " + MAX_TEXT + " characters."));
    }
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static String strip(String s) {
    return isBlank(s) ? null : s.strip();
  }
}
