package org.pmoengine.change;

import static org.pmoengine.FormFiles.components;
import static org.pmoengine.FormFiles.keys;
import static org.pmoengine.FormFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.change.ChangeVariables.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The forms of change-control, checked without a browser. */
class ChangeFormsTests {

  @Test
  void everyFormRefHasItsFormAndEveryFormItsId() throws IOException {
    Matcher refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"")
        .matcher(Files.readString(Path.of("processes", "change-control.bpmn")));
    List<String> found = new ArrayList<>();
    while (refs.find()) {
      found.add(refs.group(1));
      assertThat(read(refs.group(1)).path("id").asText()).isEqualTo(refs.group(1));
      assertThat(read(refs.group(1)).path("schemaVersion").asInt()).isEqualTo(16);
    }
    assertThat(found).containsExactly("change-request", "change-correction", "change-approval",
        "change-approval", "change-approval");
  }

  @Test
  void requestAndCorrectionSubmitTheFieldsTheValidationReads() throws IOException {
    assertThat(keys("change-request")).containsExactlyElementsOf(FORM_FIELDS);
    assertThat(keys("change-correction")).containsExactlyElementsOf(FORM_FIELDS);
    String correction = Files.readString(Path.of("forms", "change-correction.form"));
    for (String field : FORM_FIELDS) {
      assertThat(correction).contains("{{" + field + ERROR_SUFFIX + "}}");
    }
    assertThat(correction).contains("{{" + VALIDATION_SUMMARY + "}}");
  }

  @Test
  void approvalShowsTheImpactAndBothChartsAndSubmitsTheDecision() throws IOException {
    assertThat(keys("change-approval")).containsExactly(DECISION, DECISION_REASON);
    String approval = Files.readString(Path.of("forms", "change-approval.form"));
    for (String shown : List.of(CHANGE_KEY, PROJECT_KEY, REQUESTED_BY, CHANGE_CLASS,
        JUSTIFICATION, CHANGE_SUMMARY, IMPACT_SUMMARY, CLASSIFICATION,
        GANTT_BEFORE + ChangeApprovalListener.URL_SUFFIX,
        GANTT_AFTER + ChangeApprovalListener.URL_SUFFIX)) {
      assertThat(approval).contains("{{" + shown + "}}");
    }
    List<String> values = new ArrayList<>();
    components(read("change-approval")).stream()
        .filter(c -> DECISION.equals(c.path("key").asText()))
        .forEach(c -> c.path("values").forEach(v -> values.add(v.path("value").asText())));
    assertThat(values).containsExactly("APPROVE", "REJECT");
  }

  @Test
  void theRequestFormExplainsTheSyntaxTheLinesAreReadWith() throws IOException {
    String request = Files.readString(Path.of("forms", "change-request.form"));
    for (String verb : List.of("reestimate", "add", "remove", "move", "link", "unlink",
        "capacity")) {
      assertThat(request).contains(" " + verb + " ");
      assertThat(ChangeLines.SYNTAX).contains(verb + " ");
    }
  }
}
