package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pmoengine.web.FieldProblem;

/** Checks a request form field by field; every message names what to correct. */
public final class RequestValidator {

  public static final Set<String> CATEGORIES =
      Set.of("strategic", "operational", "regulatory", "maintenance");
  static final BigDecimal MAX_BUDGET = new BigDecimal("9999999999999.99");
  static final int MAX_EFFORT = 100_000;
  /** The request travels in process variables, whose text the engine keeps in 4,000 characters. */
  static final int MAX_TEXT = 4000;
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

  private RequestValidator() {}

  public static List<FieldProblem> validate(RequestForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, TITLE, "title", form.title(), 200);
    text(problems, SUMMARY, "summary", form.summary(), MAX_TEXT);
    text(problems, BUSINESS_CASE, "business case", form.businessCase(), MAX_TEXT);
    text(problems, SPONSOR, "sponsor", form.sponsor(), 100);
    text(problems, DEPARTMENT, "department", form.department(), 100);
    if (form.category() == null || form.category().isBlank()) {
      problems.add(new FieldProblem(CATEGORY, "Choose a category."));
    } else if (!CATEGORIES.contains(form.category())) {
      problems.add(new FieldProblem(CATEGORY,
          "The category must be strategic, operational, regulatory or maintenance."));
    }
    if (form.requestedBudget() == null) {
      problems.add(new FieldProblem(REQUESTED_BUDGET, "Enter the requested budget."));
    } else if (form.requestedBudget().signum() < 0) {
      problems.add(new FieldProblem(REQUESTED_BUDGET, "The budget can't be negative."));
    } else if (form.requestedBudget().compareTo(MAX_BUDGET) > 0
        || form.requestedBudget().scale() > 2) {
      problems.add(new FieldProblem(REQUESTED_BUDGET,
          "The budget must be an amount with at most two decimals, below 10 trillion."));
    }
    if (form.effortPersonDays() == null) {
      problems.add(new FieldProblem(EFFORT_PERSON_DAYS, "Enter the estimated effort."));
    } else if (form.effortPersonDays() < 1 || form.effortPersonDays() > MAX_EFFORT) {
      problems.add(new FieldProblem(EFFORT_PERSON_DAYS,
          "The effort must be between 1 and " + MAX_EFFORT + " person-days."));
    }
    if (form.desiredStart() == null) {
      problems.add(new FieldProblem(DESIRED_START, "Enter the desired start."));
    } else if (outOfRange(form.desiredStart())) {
      problems.add(new FieldProblem(DESIRED_START, dateRange("desired start")));
    }
    if (form.desiredEnd() == null) {
      problems.add(new FieldProblem(DESIRED_END, "Enter the desired end."));
    } else if (outOfRange(form.desiredEnd())) {
      problems.add(new FieldProblem(DESIRED_END, dateRange("desired end")));
    } else if (form.desiredStart() != null && !outOfRange(form.desiredStart())
        && !form.desiredEnd().isAfter(form.desiredStart())) {
      problems.add(new FieldProblem(DESIRED_END,
          "The desired end must be after the desired start (" + form.desiredStart() + ")."));
    }
    rating(problems, STRATEGIC_ALIGNMENT, "strategic alignment", form.strategicAlignment());
    rating(problems, BUSINESS_VALUE, "business value", form.businessValue());
    rating(problems, TIME_CRITICALITY, "time criticality", form.timeCriticality());
    rating(problems, RISK_REDUCTION_OPPORTUNITY, "risk reduction or opportunity enablement",
        form.riskReductionOpportunity());
    rating(problems, DELIVERY_RISK, "delivery risk", form.deliveryRisk());
    return problems;
  }

  private static void text(List<FieldProblem> problems, String field, String label, String value,
      int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "Enter the " + label + "."));
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field,
          "The " + label + " is too long: at most " + max + " characters."));
    }
  }

  private static boolean outOfRange(LocalDate date) {
    return date.isBefore(EARLIEST) || date.isAfter(LATEST);
  }

  private static String dateRange(String label) {
    return "The " + label + " must be a date between " + EARLIEST + " and " + LATEST + ".";
  }

  private static void rating(List<FieldProblem> problems, String field, String label,
      Integer value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "Rate the " + label + " from 1 to 5."));
    } else if (value < 1 || value > 5) {
      problems.add(new FieldProblem(field, "The " + label + " rating must be from 1 to 5."));
    }
  }
}
