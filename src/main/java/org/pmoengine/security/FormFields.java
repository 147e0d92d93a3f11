package org.pmoengine.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * The input fields of the Camunda Forms deployed with our processes: what a person may submit
 * when starting a process or completing a task. Display components (text, groups) and read-only
 * or disabled fields are not input. Read once per process version and step.
 */
class FormFields {

  /** A start or task form: its id and input field keys; {@code exists} false when there is none. */
  record Form(String process, String id, Set<String> fields, boolean exists) {}

  private static final Set<String> DISPLAY_TYPES = Set.of("text", "html", "image", "separator",
      "spacer", "button", "expression", "iframe", "table", "documentPreview", "group");

  private final ProcessEngineConfigurationImpl engine;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Form> forms = new ConcurrentHashMap<>();

  FormFields(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  /** The start form of a process version (by id, or the latest by key); null if there is none. */
  Form startFormOf(String processDefinitionId, String processDefinitionKey) {
    return asEngine(() -> {
      ProcessDefinition definition = processDefinitionId != null
          ? engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionId(processDefinitionId).singleResult()
          : engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(processDefinitionKey).latestVersion().withoutTenantId()
              .singleResult();
      if (definition == null) {
        return null;
      }
      return forms.computeIfAbsent(definition.getId(), id -> read(definition.getKey(),
          () -> engine.getFormService().getDeployedStartForm(id)));
    });
  }

  /** The form of a task of one of our processes; null for an unknown or stand-alone task. */
  Form taskFormOf(String taskId) {
    return asEngine(() -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessDefinitionId() == null) {
        return null;
      }
      return forms.computeIfAbsent(task.getProcessDefinitionId() + "#"
          + task.getTaskDefinitionKey(), k -> read(task.getProcessDefinitionId(),
          () -> engine.getFormService().getDeployedTaskForm(taskId)));
    });
  }

  private Form read(String process, Supplier<InputStream> deployed) {
    JsonNode form;
    try (InputStream in = deployed.get()) {
      form = json.readTree(in);
    } catch (ProcessEngineException e) {
      return new Form(process, null, Set.of(), false);
    } catch (IOException e) {
      throw new IllegalStateException("The deployed form of " + process + " cannot be read", e);
    }
    Set<String> fields = new TreeSet<>();
    collect(form.path("components"), fields);
    return new Form(process, form.path("id").asText(), Set.copyOf(fields), true);
  }

  private static void collect(JsonNode components, Set<String> fields) {
    for (JsonNode component : components) {
      boolean input = component.hasNonNull("key")
          && !DISPLAY_TYPES.contains(component.path("type").asText())
          && !component.path("readonly").asBoolean(false)
          && !component.path("disabled").asBoolean(false);
      if (input) {
        fields.add(component.get("key").asText());
      }
      collect(component.path("components"), fields);
    }
  }

  /** Looks up forms whatever the caller may read; the caller's own command is checked apart. */
  private <T> T asEngine(Supplier<T> lookup) {
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    engine.getIdentityService().clearAuthentication();
    try {
      return lookup.get();
    } finally {
      engine.getIdentityService().setAuthentication(caller);
    }
  }
}
