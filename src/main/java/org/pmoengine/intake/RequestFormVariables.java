package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.web.FieldProblem;

/**
 * Reads a request form from process variables as Tasklist submits them: dates as ISO strings,
 * numbers as Integer, Long or Double, the flag as Boolean. A value of the wrong type becomes a
 * field problem, never an exception.
 */
public final class RequestFormVariables {

  /** The form and the values that could not be read at all. */
  public record Parsed(RequestForm form, List<FieldProblem> problems) {}

  private RequestFormVariables() {}

  public static Parsed read(Map<String, Object> variables) {
    List<FieldProblem> problems = new ArrayList<>();
    RequestForm form = new RequestForm(
        text(variables.get(TITLE)),
        text(variables.get(SUMMARY)),
        text(variables.get(BUSINESS_CASE)),
        text(variables.get(SPONSOR)),
        text(variables.get(DEPARTMENT)),
        text(variables.get(CATEGORY)),
        flag(variables.get(MANDATORY)),
        decimal(variables, REQUESTED_BUDGET, problems),
        whole(variables, EFFORT_PERSON_DAYS, problems),
        date(variables, DESIRED_START, problems),
        date(variables, DESIRED_END, problems),
        whole(variables, STRATEGIC_ALIGNMENT, problems),
        whole(variables, BUSINESS_VALUE, problems),
        whole(variables, TIME_CRITICALITY, problems),
        whole(variables, RISK_REDUCTION_OPPORTUNITY, problems),
        whole(variables, DELIVERY_RISK, problems));
    return new Parsed(form, problems);
  }

  /**
   * The variables of a form as Tasklist would submit them (dates as ISO strings, numbers as
   * numbers): to start the process from the API, or to prefill a form with a stored request.
   */
  public static Map<String, Object> of(RequestForm form) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TITLE, form.title());
    variables.put(SUMMARY, form.summary());
    variables.put(BUSINESS_CASE, form.businessCase());
    variables.put(SPONSOR, form.sponsor());
    variables.put(DEPARTMENT, form.department());
    variables.put(CATEGORY, form.category());
    variables.put(MANDATORY, form.isMandatory());
    variables.put(REQUESTED_BUDGET,
        form.requestedBudget() == null ? null : form.requestedBudget().doubleValue());
    variables.put(EFFORT_PERSON_DAYS, form.effortPersonDays());
    variables.put(DESIRED_START, form.desiredStart() == null ? null : form.desiredStart().toString());
    variables.put(DESIRED_END, form.desiredEnd() == null ? null : form.desiredEnd().toString());
    variables.put(STRATEGIC_ALIGNMENT, form.strategicAlignment());
    variables.put(BUSINESS_VALUE, form.businessValue());
    variables.put(TIME_CRITICALITY, form.timeCriticality());
    variables.put(RISK_REDUCTION_OPPORTUNITY, form.riskReductionOpportunity());
    variables.put(DELIVERY_RISK, form.deliveryRisk());
    return variables;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  private static Boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && Boolean.parseBoolean(value.toString());
  }

  private static BigDecimal decimal(Map<String, Object> variables, String field,
      List<FieldProblem> problems) {
    Object value = variables.get(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      if (value instanceof Double || value instanceof Float) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros();
      }
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "Enter a number, like 120000."));
      return null;
    }
  }

  private static Integer whole(Map<String, Object> variables, String field,
      List<FieldProblem> problems) {
    BigDecimal number = decimal(variables, field, problems);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      problems.add(new FieldProblem(field, "Enter a whole number."));
      return null;
    }
  }

  private static LocalDate date(Map<String, Object> variables, String field,
      List<FieldProblem> problems) {
    Object value = variables.get(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      // Tasklist's date field sends yyyy-MM-dd; a datetime field sends more after a 'T'
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Enter a date as yyyy-mm-dd."));
      return null;
    }
  }
}
