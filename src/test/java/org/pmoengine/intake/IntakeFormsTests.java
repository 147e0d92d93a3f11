package org.pmoengine.intake;

import static org.pmoengine.FormFiles.components;
import static org.pmoengine.FormFiles.keys;
import static org.pmoengine.FormFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Forms in {@code forms/} checked without a browser, so that a broken form fails the
 * build: what Tasklist can render, the variable names the process uses, and the choices the
 * Java side accepts. {@code FormsBrowserIT} shows them in Tasklist.
 */
class IntakeFormsTests {

  /** The newest form schema that Tasklist 7.24 renders. */
  static final int TASKLIST_SCHEMA_VERSION = 16;
  static final Path FORMS = Path.of("forms");
  static final Path PROCESS = Path.of("processes", "project-intake.bpmn");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFormRefOfTheProcessHasItsForm() throws IOException {
    Matcher refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(Files.readString(PROCESS));
    List<String> referenced = new ArrayList<>();
    while (refs.find()) {
      referenced.add(refs.group(1));
    }
    assertThat(referenced).containsExactlyInAnyOrder("intake-request", "correct-request",
        "pmo-triage", "portfolio-board-review", "provide-information");
    for (String id : referenced) {
      assertThat(FORMS.resolve(id + ".form")).exists();
    }
  }

  @Test
  void everyFormIsNamedByItsIdAndRendersInTasklist() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        assertThat(file.getFileName().toString()).isEqualTo(form.path("id").asText() + ".form");
        assertThat(form.path("schemaVersion").asInt()).isBetween(1, TASKLIST_SCHEMA_VERSION);
        List<String> ids = components(form).stream().map(c -> c.path("id").asText()).toList();
        assertThat(ids).as(file + " component ids").doesNotHaveDuplicates().doesNotContain("");
      }
    }
  }

  @Test
  void requestFormsUseTheProcessVariableNames() throws IOException {
    assertThat(keys("intake-request")).containsExactlyElementsOf(IntakeVariables.FORM_FIELDS);
    assertThat(keys("correct-request")).containsExactlyElementsOf(IntakeVariables.FORM_FIELDS);
    assertThat(keys("provide-information")).containsExactly(
        IntakeVariables.INFORMATION_PROVIDED, IntakeVariables.SUMMARY,
        IntakeVariables.BUSINESS_CASE, IntakeVariables.REQUESTED_BUDGET,
        IntakeVariables.EFFORT_PERSON_DAYS, IntakeVariables.DESIRED_START,
        IntakeVariables.DESIRED_END, IntakeVariables.STRATEGIC_ALIGNMENT,
        IntakeVariables.BUSINESS_VALUE, IntakeVariables.TIME_CRITICALITY,
        IntakeVariables.RISK_REDUCTION_OPPORTUNITY, IntakeVariables.DELIVERY_RISK);
    for (String review : List.of("pmo-triage", "portfolio-board-review")) {
      assertThat(keys(review))
          .containsExactly(IntakeVariables.DECISION, IntakeVariables.DECISION_REASON);
    }
  }

  @Test
  void numbersAndDatesSubmitTheTypesTheProcessReads() throws IOException {
    for (String id : List.of("intake-request", "correct-request", "provide-information")) {
      for (JsonNode field : components(read(id))) {
        String type = field.path("type").asText();
        if (type.equals("number")) {
          assertThat(field.path("serializeToString").asBoolean(false)).as(id).isFalse();
          assertThat(field.path("validate").path("min").isNumber()).as(id + " min").isTrue();
        }
        if (type.equals("datetime")) {
          assertThat(field.path("subtype").asText()).as(id).isEqualTo("date");
        }
      }
    }
    JsonNode rating = field(read("intake-request"), IntakeVariables.DELIVERY_RISK);
    assertThat(rating.path("validate").path("min").asInt()).isEqualTo(1);
    assertThat(rating.path("validate").path("max").asInt()).isEqualTo(5);
    assertThat(rating.path("label").asText()).contains("5 = very risky");
  }

  @Test
  void selectsOfferWhatTheJavaSideAccepts() throws IOException {
    assertThat(values(field(read("intake-request"), IntakeVariables.CATEGORY)))
        .containsExactly("strategic", "operational", "regulatory", "maintenance");
    for (String review : List.of("pmo-triage", "portfolio-board-review")) {
      assertThat(values(field(read(review), IntakeVariables.DECISION)))
          .containsExactlyElementsOf(Arrays.stream(Decision.values()).map(Enum::name).toList());
    }
  }

  @Test
  void correctionFormShowsAMessageBesideEachFieldOnlyWhenThereIsOne() throws IOException {
    List<JsonNode> components = components(read("correct-request"));
    for (String key : IntakeVariables.FORM_FIELDS) {
      String error = key + IntakeVariables.ERROR_SUFFIX;
      JsonNode field = field(read("correct-request"), key);
      JsonNode message = components.stream()
          .filter(c -> c.path("text").asText().contains("{{" + error + "}}"))
          .findFirst().orElseThrow(() -> new AssertionError("no message block for " + key));
      assertThat(message.path("conditional").path("hide").asText())
          .isEqualTo("=" + error + " = null");
      assertThat(message.path("layout").path("row").asText())
          .isEqualTo(field.path("layout").path("row").asText());
    }
    assertThat(components.get(0).path("text").asText())
        .contains("{{" + IntakeVariables.VALIDATION_SUMMARY + "}}");
  }

  private static JsonNode field(JsonNode form, String key) {
    return components(form).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no field " + key));
  }

  private static List<String> values(JsonNode select) {
    List<String> values = new ArrayList<>();
    select.path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }
}
