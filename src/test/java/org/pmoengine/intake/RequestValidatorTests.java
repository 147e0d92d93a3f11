package org.pmoengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.intake.RequestFormBuilder.aRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmoengine.web.FieldProblem;

class RequestValidatorTests {

  @Test
  void acceptsACompleteRequest() {
    assertThat(RequestValidator.validate(aRequest().build())).isEmpty();
  }

  @Test
  void namesEveryMissingField() {
    RequestForm empty = new RequestForm(null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);

    assertThat(RequestValidator.validate(empty)).extracting(FieldProblem::field)
        .containsExactly("title", "summary", "businessCase", "sponsor", "department",
            "category", "requestedBudget", "effortPersonDays", "desiredStart", "desiredEnd",
            "strategicAlignment", "businessValue", "timeCriticality",
            "riskReductionOpportunity", "deliveryRisk");
  }

  @Test
  void refusesNegativeBudgetEndBeforeStartAndRatingsOutOfRange() {
    RequestForm form = aRequest().withBudget(-1)
        .withDates(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)).build();
    RequestForm badRating = new RequestForm(form.title(), form.summary(), form.businessCase(),
        form.sponsor(), form.department(), "special", false, form.requestedBudget(), 0,
        form.desiredStart(), form.desiredEnd(), 0, 6, 3, 3, 3);

    assertThat(RequestValidator.validate(badRating))
        .containsExactly(
            new FieldProblem("category",
                "The category must be strategic, operational, regulatory or maintenance."),
            new FieldProblem("requestedBudget", "The budget can't be negative."),
            new FieldProblem("effortPersonDays", "The effort must be between 1 and 100000 person-days."),
            new FieldProblem("desiredEnd",
                "The desired end must be after the desired start (2027-03-01)."),
            new FieldProblem("strategicAlignment",
                "The strategic alignment rating must be from 1 to 5."),
            new FieldProblem("businessValue", "The business value rating must be from 1 to 5."));
  }

  @Test
  void readsTasklistValuesAndReportsUnreadableOnes() {
    RequestFormVariables.Parsed parsed = RequestFormVariables.read(Map.of(
        "requestedBudget", 1500.5, "effortPersonDays", 12, "desiredStart", "2027-01-04",
        "desiredEnd", "soon", "strategicAlignment", 2.5, "mandatory", true));

    assertThat(parsed.form().requestedBudget()).isEqualByComparingTo(new BigDecimal("1500.5"));
    assertThat(parsed.form().effortPersonDays()).isEqualTo(12);
    assertThat(parsed.form().desiredStart()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(parsed.form().isMandatory()).isTrue();
    assertThat(parsed.problems()).containsExactly(
        new FieldProblem("desiredEnd", "Enter a date as yyyy-mm-dd."),
        new FieldProblem("strategicAlignment", "Enter a whole number."));
  }
}
