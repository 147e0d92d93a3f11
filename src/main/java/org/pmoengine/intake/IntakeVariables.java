package org.pmoengine.intake;

import java.util.List;

/** The process variables of {@code project-intake}: one name in BPMN, forms, Java and tests. */
public final class IntakeVariables {

  public static final String PROCESS_ID = "project-intake";

  // ids and routing facts, kept for the whole instance
  public static final String REQUEST_KEY = "requestKey";
  public static final String SUBMITTED_BY = "submittedBy";
  public static final String VALID = "valid";
  public static final String ROUTE = "route";
  public static final String NEXT_STEP = "nextStep";
  public static final String DECISION = "decision";
  public static final String PROJECT_KEY = "projectKey";

  // review forms: what the reviewer decides (submitted with the task)
  public static final String DECISION_REASON = "decisionReason";
  // provide-information form
  public static final String INFORMATION_REQUESTED = "informationRequested";
  public static final String INFORMATION_PROVIDED = "informationProvided";

  // correction form: a summary and one message per field, named <field>Error
  public static final String VALIDATION_SUMMARY = "validationSummary";
  public static final String ERROR_SUFFIX = "Error";

  // the fields of the request form; held as variables only until the request is valid
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String BUSINESS_CASE = "businessCase";
  public static final String SPONSOR = "sponsor";
  public static final String DEPARTMENT = "department";
  public static final String CATEGORY = "category";
  public static final String MANDATORY = "mandatory";
  public static final String REQUESTED_BUDGET = "requestedBudget";
  public static final String EFFORT_PERSON_DAYS = "effortPersonDays";
  public static final String DESIRED_START = "desiredStart";
  public static final String DESIRED_END = "desiredEnd";
  public static final String STRATEGIC_ALIGNMENT = "strategicAlignment";
  public static final String BUSINESS_VALUE = "businessValue";
  public static final String TIME_CRITICALITY = "timeCriticality";
  public static final String RISK_REDUCTION_OPPORTUNITY = "riskReductionOpportunity";
  public static final String DELIVERY_RISK = "deliveryRisk";

  public static final List<String> FORM_FIELDS = List.of(TITLE, SUMMARY, BUSINESS_CASE, SPONSOR,
      DEPARTMENT, CATEGORY, MANDATORY, REQUESTED_BUDGET, EFFORT_PERSON_DAYS, DESIRED_START,
      DESIRED_END, STRATEGIC_ALIGNMENT, BUSINESS_VALUE, TIME_CRITICALITY,
      RISK_REDUCTION_OPPORTUNITY, DELIVERY_RISK);

  private IntakeVariables() {}
}
