package org.pmoengine.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ApiExceptionHandler;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The loaded rules ({@code GET /api/rules}, anyone logged in), a reload from the rule files
 * ({@code POST /api/rules/reload}, Camunda admins) and stored decisions ({@code GET
 * /api/decisions/{id}}, PMO and admins).
 */
@RestController
public class RulesController {

  /** A stored decision, with its JSON columns as JSON. */
  public record DecisionView(long id, String decisionArea, String subjectKey, String rulesVersion,
      JsonNode inputs, JsonNode outcome, JsonNode contributions, String explanation,
      Instant decidedAt) {}

  private final RuleEngine engine;
  private final DecisionLog decisions;
  private final CurrentUser currentUser;
  private final ObjectMapper json;

  public RulesController(RuleEngine engine, DecisionLog decisions, CurrentUser currentUser,
      ObjectMapper json) {
    this.engine = engine;
    this.decisions = decisions;
    this.currentUser = currentUser;
    this.json = json;
  }

  @GetMapping("/api/rules")
  public RuleEngine.LoadedRules rules() {
    return engine.loaded();
  }

  @PostMapping("/api/rules/reload")
  public RuleEngine.LoadedRules reload() {
    if (!currentUser.isMemberOf(PmoGroups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Only Camunda administrators may reload the rules.");
    }
    return engine.reload();
  }

  @GetMapping("/api/decisions/{id}")
  public DecisionView decision(@PathVariable long id) {
    if (!currentUser.isMemberOf(PmoGroups.PMO) && !currentUser.isMemberOf(PmoGroups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Only the PMO may read stored decisions.");
    }
    DecisionRecord d = decisions.find(id)
        .orElseThrow(() -> new NotFoundException("There is no decision " + id + "."));
    return new DecisionView(d.getId(), d.getDecisionArea(), d.getSubjectKey(),
        d.getRulesVersion(), parse(d.getInputs()), parse(d.getOutcome()),
        parse(d.getContributions()), d.getExplanation(), d.getDecidedAt());
  }

  /** A rule file that does not build: 422, naming each file and line; the old rules stay. */
  @ExceptionHandler(RuleLoadException.class)
  ProblemDetail rulesDoNotBuild(RuleLoadException e) {
    ProblemDetail problem = ApiExceptionHandler.problem(HttpStatus.UNPROCESSABLE_ENTITY,
        "Rules do not build",
        "The rule files have errors; the running rules (version " + engine.version()
            + ") stay in place. " + e.problems().get(0));
    problem.setProperty("errors", e.problems());
    problem.setProperty("runningVersion", engine.version());
    return problem;
  }

  private JsonNode parse(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored decision data is not JSON", e);
    }
  }
}
