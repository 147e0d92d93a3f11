package org.pmoengine.change;

import static org.pmoengine.change.ChangeVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.web.FieldProblem;

/**
 * Reads a change request from process variables as Tasklist submits them: the changes as typed
 * lines ({@link ChangeLines}) or, from the API or engine REST, as a JSON array of {@link
 * ChangeItem}s; the budget as a number. A value that can't be read becomes a field problem.
 */
final class ChangeFormVariables {

  /** The project key, the form, and the values that could not be read at all. */
  record Parsed(String projectKey, ChangeRequestForm form, List<FieldProblem> problems) {}

  private ChangeFormVariables() {}

  static Parsed read(Map<String, Object> variables, ObjectMapper json) {
    List<FieldProblem> problems = new ArrayList<>();
    Object projectKey = variables.get(PROJECT_KEY);
    Object justification = variables.get(JUSTIFICATION);
    ChangeRequestForm form = new ChangeRequestForm(
        justification == null ? null : justification.toString().strip(),
        budget(variables.get(BUDGET_ASKED), problems),
        changes(variables.get(CHANGES), json, problems));
    return new Parsed(projectKey == null ? null : projectKey.toString().strip(), form, problems);
  }

  /** The variables that start the process with this request, as the API sends them. */
  static Map<String, Object> of(String projectKey, ChangeRequestForm form, ObjectMapper json) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PROJECT_KEY, projectKey);
    variables.put(JUSTIFICATION, form.justification());
    variables.put(BUDGET_ASKED,
        form.budgetAsked() == null ? null : form.budgetAsked().doubleValue());
    try {
      variables.put(CHANGES, json.writeValueAsString(form.changes()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Changes can't be written as JSON", e);
    }
    return variables;
  }

  private static BigDecimal budget(Object value, List<FieldProblem> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      if (value instanceof Double || value instanceof Float) {
        return BigDecimal.valueOf(((Number) value).doubleValue());
      }
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(BUDGET_ASKED, "Enter a number, like 20000."));
      return null;
    }
  }

  private static List<ChangeItem> changes(Object value, ObjectMapper json,
      List<FieldProblem> problems) {
    String text = value == null ? "" : value.toString().strip();
    if (text.startsWith("[")) {
      try {
        return json.readValue(text, new TypeReference<List<ChangeItem>>() {});
      } catch (JsonProcessingException e) {
        problems.add(new FieldProblem(CHANGES, "The changes are not a valid JSON list of"
            + " changes: " + e.getOriginalMessage()));
        return List.of();
      }
    }
    ChangeLines.Parsed parsed = ChangeLines.parse(text);
    parsed.problems().forEach(p -> problems.add(new FieldProblem(CHANGES, p)));
    return parsed.items();
  }
}
