package org.pmoengine.intake;

import static org.pmoengine.intake.IntakeVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pmoengine.records.TaskHeading;
import org.pmoengine.security.EngineUser;
import org.springframework.stereotype.Component;

/**
 * The requester's "Provide information" task. On create it names the task with the request's key
 * and title and prefills the form with the stored
 * request and the reviewer's question; on complete it validates and stores the answer, and the
 * form values leave the process again.
 */
@Component("provideInformation")
public class ProvideInformationListener implements TaskListener {

  private final IntakeService intake;

  public ProvideInformationListener(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void notify(DelegateTask task) {
    String requestKey = intake.keyOfProcess(task.getProcessInstanceId());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ProjectRequest request = intake.get(requestKey);
      TaskHeading heading = intake.requesterTask(requestKey, "Provide information");
      task.setName(heading.name());
      task.setPriority(heading.priority());
      task.getExecution().setVariables(RequestFormVariables.of(request.toForm()));
      task.getExecution().setVariable(INFORMATION_REQUESTED, request.getInformationRequested());
      task.getExecution().removeVariable(INFORMATION_PROVIDED);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      RequestFormVariables.Parsed parsed = RequestFormVariables.read(task.getVariables());
      intake.provideInformation(requestKey, parsed.form(), parsed.problems(),
          (String) task.getVariable(INFORMATION_PROVIDED), EngineUser.of(task));
      List<String> transientFields = new ArrayList<>(FORM_FIELDS);
      transientFields.add(INFORMATION_REQUESTED);
      transientFields.add(INFORMATION_PROVIDED);
      task.getExecution().removeVariables(transientFields);
    }
  }

}
