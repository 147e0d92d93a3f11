package org.pmoengine.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.intake.IntakeService;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.RequestAccess;
import org.pmoengine.intake.RequestProgress;
import org.pmoengine.intake.RequestTracker;
import org.pmoengine.intake.ReviewDecision;
import org.pmoengine.project.People;
import org.pmoengine.scoring.DecisionLog;
import org.pmoengine.scoring.DecisionRecord;
import org.pmoengine.scoring.RuleContribution;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A requester's requests: where each waits and since when, its score and why, the reviewers'
 * decisions and the project it became. A requester opens only their own; the PMO and the
 * portfolio board open any request (the check is {@link RequestAccess}).
 */
@Controller
class RequestsController {

  /** A request in the list, with where it waits and its open task if the viewer sees it. */
  public record RequestRow(ProjectRequest request, RequestProgress progress,
      RequestTasks.OpenTask task) {}

  /** The rules' scoring of the request, as stored when it was scored. */
  public record Scoring(String rulesVersion, java.time.Instant decidedAt,
      List<RuleContribution> rules) {}

  private final RequestAccess access;
  private final RequestTracker tracker;
  private final IntakeService intake;
  private final DecisionLog decisionLog;
  private final RequestTasks tasks;
  private final ObjectMapper json;
  private final People people;

  RequestsController(RequestAccess access, RequestTracker tracker, IntakeService intake,
      DecisionLog decisionLog, RequestTasks tasks, ObjectMapper json, People people) {
    this.people = people;
    this.access = access;
    this.tracker = tracker;
    this.intake = intake;
    this.decisionLog = decisionLog;
    this.tasks = tasks;
    this.json = json;
  }

  @GetMapping("/requests")
  String mine(Model model) {
    List<ProjectRequest> mine = access.mine();
    Map<String, RequestTasks.OpenTask> open = tasks.byProcessInstance(
        mine.stream().map(ProjectRequest::getProcessInstanceId).toList());
    model.addAttribute("rows", mine.stream()
        .map(r -> new RequestRow(r, tracker.progress(r), open.get(r.getProcessInstanceId())))
        .toList());
    return "workspace/requests";
  }

  @GetMapping("/requests/{key}")
  String request(@PathVariable String key, Model model) {
    ProjectRequest request = access.toRead(key);
    model.addAttribute("request", request);
    model.addAttribute("progress", tracker.progress(request));
    model.addAttribute("task", tasks.of(request.getProcessInstanceId()));
    List<ReviewDecision> decisions = intake.decisionsOf(key);
    model.addAttribute("decisions", decisions);
    Map<String, String> names = new HashMap<>();
    decisions.forEach(d -> names.computeIfAbsent(d.getDecidedBy(), this::nameOf));
    names.computeIfAbsent(request.getSubmittedBy(), this::nameOf);
    model.addAttribute("names", names);
    model.addAttribute("scoring", request.getScoringDecisionId() == null ? null
        : decisionLog.find(request.getScoringDecisionId()).map(this::scoring).orElse(null));
    return "workspace/request";
  }

  private String nameOf(String userId) {
    return people.find(userId).map(People.Person::name).orElse(userId);
  }

  private Scoring scoring(DecisionRecord record) {
    try {
      List<RuleContribution> rules = json.readValue(record.getContributions(),
          new TypeReference<List<RuleContribution>>() {});
      return new Scoring(record.getRulesVersion(), record.getDecidedAt(), rules);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored decision " + record.getId() + " is not JSON", e);
    }
  }
}
