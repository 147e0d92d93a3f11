package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
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

  /** The variables that prefill a form with the values of a stored request. */
  public static Map<String, Object> of(ProjectRequest request) {
    return Map.ofEntries(
        Map.entry(TITLE, request.getTitle()),
        Map.entry(SUMMARY, request.getSummary()),
        Map.entry(BUSINESS_CASE, request.getBusinessCase()),
        Map.entry(SPONSOR, request.getSponsor()),
        Map.entry(DEPARTMENT, request.getDepartment()),
        Map.entry(CATEGORY, request.getCategory()),
        Map.entry(MANDATORY, request.isMandatory()),
        Map.entry(REQUESTED_BUDGET, request.getRequestedBudget().doubleValue()),
        Map.entry(EFFORT_PERSON_DAYS, request.getEffortPersonDays()),
        Map.entry(DESIRED_START, request.getDesiredStart().toString()),
        Map.entry(DESIRED_END, request.getDesiredEnd().toString()),
        Map.entry(STRATEGIC_ALIGNMENT, request.getStrategicAlignment()),
        Map.entry(BUSINESS_VALUE, request.getBusinessValue()),
        Map.entry(TIME_CRITICALITY, request.getTimeCriticality()),
        Map.entry(RISK_REDUCTION_OPPORTUNITY, request.getRiskReductionOpportunity()),
        Map.entry(DELIVERY_RISK, request.getDeliveryRisk()));
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
