package org.pmoengine.register;

import java.util.ArrayList;
import java.util.List;
import org.pmoengine.web.FieldProblem;

/** Checks risks and issues field by field; every message names what to correct. */
final class RegisterValidator {

  static final int TITLE_LENGTH = 200;
  static final int TEXT_LENGTH = 4000;
  static final int USER_ID_LENGTH = 64;

  private RegisterValidator() {}

  /** @param replacing true for an update, which must state the status */
  static List<FieldProblem> validate(RiskForm form, boolean replacing) {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "title", "title", form.title(), TITLE_LENGTH);
    optional(problems, "description", "description", form.description(), TEXT_LENGTH);
    rating(problems, "probability", form.probability());
    rating(problems, "impact", form.impact());
    required(problems, "owner", "user id of the owner", form.owner(), USER_ID_LENGTH);
    optional(problems, "mitigation", "mitigation", form.mitigation(), TEXT_LENGTH);
    if (replacing && form.status() == null) {
      problems.add(new FieldProblem("status", "Choose a status: OPEN, MITIGATING or CLOSED."));
    }
    return problems;
  }

  static List<FieldProblem> validate(IssueForm form, boolean replacing) {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "title", "title", form.title(), TITLE_LENGTH);
    optional(problems, "description", "description", form.description(), TEXT_LENGTH);
    required(problems, "owner", "user id of the owner", form.owner(), USER_ID_LENGTH);
    if (form.dueDate() == null) {
      problems.add(new FieldProblem("dueDate", "Enter the due date."));
    }
    if (replacing && form.status() == null) {
      problems.add(new FieldProblem("status", "Choose a status: OPEN, IN_PROGRESS or DONE."));
    }
    return problems;
  }

  private static void required(List<FieldProblem> problems, String field, String label,
      String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "Enter the " + label + "."));
    } else {
      optional(problems, field, label, value, max);
    }
  }

  private static void optional(List<FieldProblem> problems, String field, String label,
      String value, int max) {
    if (value != null && value.strip().length() > max) {
      problems.add(new FieldProblem(field,
          "The " + label + " is too long: at most " + max + " characters."));
    }
  }

  private static void rating(List<FieldProblem> problems, String field, Integer value) {
    if (value == null || value < 1 || value > 5) {
      problems.add(new FieldProblem(field,
          "Rate the " + field + " from 1 (very low) to 5 (very high)."));
    }
  }
}
