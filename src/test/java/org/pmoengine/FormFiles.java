package org.pmoengine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the Camunda Forms in forms/ as JSON, for the tests that check them against the code. */
public final class FormFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFiles() {}

  public static JsonNode read(String formId) throws IOException {
    return JSON.readTree(Path.of("forms", formId + ".form").toFile());
  }

  /** The keys of the form's input fields, in the order they appear. */
  public static List<String> keys(String formId) throws IOException {
    return components(read(formId)).stream().filter(c -> c.hasNonNull("key"))
        .map(c -> c.path("key").asText()).toList();
  }

  /** Every component of the form or group, nested ones included, depth first. */
  public static List<JsonNode> components(JsonNode node) {
    List<JsonNode> all = new ArrayList<>();
    node.path("components").forEach(c -> {
      all.add(c);
      all.addAll(components(c));
    });
    return all;
  }
}
