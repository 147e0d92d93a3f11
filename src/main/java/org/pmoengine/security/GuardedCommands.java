package org.pmoengine.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;

/**
 * What a person (not an administrator) may ask of the engine: start a process at its start event
 * with the fields of its start form, and complete a task with the fields of the task's form.
 * Everything that would let them choose where a process is, what it knows or who they are is
 * refused: starting at a chosen step, moving, restarting or migrating an instance, writing
 * variables directly and sending messages or signals. The application sends its messages itself,
 * after its services have checked the caller's rights.
 */
class GuardedCommands {

  static final String STEPS_REFUSED = "A process starts at its start event and moves on by its "
      + "tasks: starting at a chosen step, skipping listeners or moving, restarting or migrating "
      + "a process is for administrators only.";
  static final String VARIABLES_REFUSED = "Process data changes only through the forms of your "
      + "tasks: setting or removing process variables directly is for administrators only.";
  static final String MESSAGES_REFUSED = "Messages and signals to a process are sent by the PMO "
      + "Engine after it has checked your rights (for example withdrawing a change through "
      + "POST /api/projects/{key}/changes/{changeKey}/withdraw): sending them directly is for "
      + "administrators only.";

  private final FormFields forms;

  GuardedCommands(FormFields forms) {
    this.forms = forms;
  }

  void check(Command<?> command) {
    if (command instanceof StartProcessInstanceAtActivitiesCmd
        || command instanceof ModifyProcessInstanceCmd
        || command instanceof ModifyProcessInstanceAsyncCmd
        || command instanceof AbstractModificationCmd<?>
        || command instanceof AbstractRestartProcessInstanceCmd<?>
        || command instanceof AbstractMigrationCmd) {
      throw new ForbiddenException(STEPS_REFUSED);
    }
    if (command instanceof AbstractVariableCmd
        || command instanceof AbstractPatchVariablesCmd
        || command instanceof SetVariablesToProcessInstancesBatchCmd) {
      throw new ForbiddenException(VARIABLES_REFUSED);
    }
    if (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd
        || command instanceof CorrelateAllMessageBatchCmd
        || command instanceof MessageEventReceivedCmd
        || command instanceof SignalCmd || command instanceof SignalEventReceivedCmd) {
      throw new ForbiddenException(MESSAGES_REFUSED);
    }
    if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder =
          CommandFields.read(start, "instantiationBuilder", ProcessInstantiationBuilderImpl.class);
      checkStart(forms.startFormOf(builder.getProcessDefinitionId(),
          builder.getProcessDefinitionKey()), builder.getBusinessKey(), builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd submit) {
      checkStart(forms.startFormOf(
              CommandFields.read(submit, "processDefinitionId", String.class), null),
          CommandFields.read(submit, "businessKey", String.class),
          CommandFields.read(submit, "variables", Map.class));
    } else if (command instanceof CompleteTaskCmd complete) {
      checkFields(forms.taskFormOf(CommandFields.read(complete, "taskId", String.class)),
          CommandFields.read(complete, "variables", Map.class));
    } else if (command instanceof SubmitTaskFormCmd submit) {
      checkFields(forms.taskFormOf(CommandFields.read(submit, "taskId", String.class)),
          CommandFields.read(submit, "properties", Map.class));
    }
  }

  private static void checkStart(FormFields.Form form, String businessKey, Map<?, ?> variables) {
    if (form == null) {
      return;
    }
    if (!form.exists()) {
      throw new ForbiddenException("The process " + form.process() + " is started by the PMO "
          + "Engine itself, not by hand.");
    }
    if (businessKey != null && !businessKey.isBlank()) {
      throw new InvalidInputException(List.of(new FieldProblem("businessKey",
          "Leave the business key empty: the process gives itself its key (the request or "
          + "project key).")));
    }
    checkFields(form, variables);
  }

  private static void checkFields(FormFields.Form form, Map<?, ?> variables) {
    if (form == null || variables == null) {
      return;
    }
    Set<String> allowed = form.fields();
    List<FieldProblem> problems = variables.keySet().stream().map(String::valueOf)
        .filter(name -> !allowed.contains(name)).sorted()
        .map(name -> new FieldProblem(name, name + " is not a field of the form "
            + form.id() + ": the process sets it, not the person who fills in the form."))
        .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
