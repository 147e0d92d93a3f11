package org.pmoengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.FormFiles.components;
import static org.pmoengine.FormFiles.keys;
import static org.pmoengine.FormFiles.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pmoengine.budget.BudgetValidationVariables;
import org.pmoengine.gate.Recommendation;
import org.pmoengine.status.StatusReports;

/** The forms of project-lifecycle and budget-validation, checked without a browser. */
class LifecycleFormsTests {

  @Test
  void everyFormRefOfBothProcessesHasItsForm() throws IOException {
    assertThat(formRefs("project-lifecycle")).containsExactlyInAnyOrder("stage-work",
        "status-report", "gate-review", "gate-review");
    assertThat(formRefs("budget-validation"))
        .containsExactly("finance-approval", "board-budget-approval");
  }

  @Test
  void formsSubmitTheVariablesTheProcessReads() throws IOException {
    assertThat(keys("stage-work")).containsExactly(LifecycleVariables.DELIVERABLES);
    assertThat(keys("gate-review")).containsExactly(LifecycleVariables.GATE_DECISION,
        LifecycleVariables.OVERRIDE_REASON, LifecycleVariables.BOARD_COMMENTS);
    assertThat(keys("status-report")).containsExactly(StatusReports.PROGRESS,
        StatusReports.NEW_RISKS, StatusReports.NEW_ISSUES, LifecycleVariables.STATUS_SUMMARY);
    assertThat(keys("finance-approval")).containsExactly(
        BudgetValidationVariables.FINANCE_DECISION, BudgetValidationVariables.FINANCE_COMMENT);
    assertThat(keys("board-budget-approval")).containsExactly(
        BudgetValidationVariables.BOARD_BUDGET_DECISION, "boardBudgetComment");
  }

  @Test
  void gateDecisionsOfferExactlyTheRecommendations() throws IOException {
    List<String> values = new ArrayList<>();
    components(read("gate-review")).stream()
        .filter(c -> LifecycleVariables.GATE_DECISION.equals(c.path("key").asText()))
        .forEach(c -> c.path("values").forEach(v -> values.add(v.path("value").asText())));
    assertThat(values).containsExactly("GO", "HOLD", "RECYCLE", "KILL");
    for (Recommendation r : Recommendation.values()) {
      assertThat(values).contains(r.name());
    }
  }

  @Test
  void stageWorkTicksTheDeliverablesTheRulesListForThisGate() throws IOException {
    var field = components(read("stage-work")).stream()
        .filter(c -> LifecycleVariables.DELIVERABLES.equals(c.path("key").asText()))
        .findFirst().orElseThrow();
    assertThat(field.path("type").asText()).isEqualTo("checklist");
    assertThat(field.has("values")).as("no list of its own beside the rules'").isFalse();
    assertThat(field.path("valuesExpression").asText())
        .contains(LifecycleTasks.DELIVERABLE_CHOICES);
    String form = Files.readString(Path.of("forms", "stage-work.form"));
    assertThat(form).doesNotContain("business-case", "sponsor-sign-off");
  }

  @Test
  void formsLinkToTheWorkspaceNotToTheApi() throws IOException {
    for (String form : List.of("stage-work", "status-report", "gate-review", "finance-approval",
        "board-budget-approval")) {
      assertThat(Files.readString(Path.of("forms", form + ".form"))).as(form)
          .doesNotContain("/api/").contains("{{projectLink}}");
    }
  }

  private static List<String> formRefs(String process) throws IOException {
    Matcher refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"")
        .matcher(Files.readString(Path.of("processes", process + ".bpmn")));
    List<String> found = new ArrayList<>();
    while (refs.find()) {
      found.add(refs.group(1));
      assertThat(Path.of("forms", refs.group(1) + ".form")).exists();
    }
    return found;
  }
}
