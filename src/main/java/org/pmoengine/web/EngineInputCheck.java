package org.pmoengine.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the body of the engine calls that start a process, complete a task or correlate a
 * message before the engine sees it: a JSON object whose variables each have a name, a known
 * type and a value that fits it and fits the engine's columns. Without it, a null body, a null
 * variable, a name of 300 characters or a number of 1,000 digits fail deep in the engine.
 */
@Priority(Priorities.ENTITY_CODER)
public class EngineInputCheck implements ContainerRequestFilter {

  private static final Pattern CHECKED = Pattern.compile(
      "(^|/)(process-definition/.+/(start|submit-form)|task/[^/]+/(complete|submit-form|resolve)"
          + "|message)/?$");
  private static final List<String> VARIABLE_MAPS = List.of("variables", "processVariables",
      "processVariablesLocal", "processVariablesToTriggeredScope", "correlationKeys",
      "localCorrelationKeys");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod())
        || !CHECKED.matcher(request.getUriInfo().getPath()).find()) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode json;
    try {
      json = body.length == 0 ? null : JSON.readTree(body);
    } catch (JacksonException notJson) {
      return; // the JSON provider answers it, as for every other call
    }
    List<FieldProblem> problems = problems(json);
    if (!problems.isEmpty()) {
      EngineErrors.Answer answer = EngineErrors.refused(Refusal.invalid(problems),
          request.getMethod(), request.getUriInfo().getPath());
      request.abortWith(Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(answer.body()).build());
    }
  }

  static List<FieldProblem> problems(JsonNode body) {
    List<FieldProblem> problems = new ArrayList<>();
    if (body == null || !body.isObject()) {
      problems.add(new FieldProblem("body",
          "Send a JSON object as the body, such as {\"variables\": {}}."));
      return problems;
    }
    JsonNode businessKey = body.get("businessKey");
    if (businessKey != null && !businessKey.isNull()
        && (!businessKey.isTextual() || businessKey.textValue().length() > VariableCheck.MAX_NAME)) {
      problems.add(new FieldProblem("businessKey",
          "The business key must be text of at most " + VariableCheck.MAX_NAME
              + " characters."));
    }
    for (String field : VARIABLE_MAPS) {
      JsonNode variables = body.get(field);
      if (variables == null || variables.isNull()) {
        continue;
      }
      if (!variables.isObject()) {
        problems.add(new FieldProblem(field, "Give the " + field
            + " as an object of names, each with a value and a type."));
        continue;
      }
      for (Map.Entry<String, JsonNode> variable : variables.properties()) {
        VariableCheck.problem(variable.getKey(), variable.getValue()).ifPresent(problems::add);
      }
    }
    return problems;
  }
}
