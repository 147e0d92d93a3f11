package org.pmoengine.scoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.pmoengine.security.SliceUsers.member;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmoengine.scoring.RuleEngine.LoadedRules;
import org.pmoengine.scoring.RuleEngine.RuleFile;
import org.pmoengine.security.ApiSliceSecurity;
import org.pmoengine.security.PmoGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rules API's HTTP side: who may read the rules, reload them and read stored decisions, and
 * how a reload that does not build is answered. Loading rules from a folder through the running
 * application is in {@link RulesFolderTests}; the reload itself in {@link RuleEngineTests}.
 */
@WebMvcTest(RulesController.class)
@ApiSliceSecurity
class RulesControllerTests {

  static final LoadedRules LOADED = new LoadedRules("v-running", "classpath:rules/",
      Instant.parse("2026-11-27T10:00:00Z"), List.of(new RuleFile("intake-scoring.drl",
          List.of("A regulatory request takes the fast lane with top priority"))));

  @Autowired MockMvc mvc;
  @MockitoBean RuleEngine engine;
  @MockitoBean DecisionLog decisions;

  @Test
  void anyoneSignedInSeesTheLoadedFilesVersionAndRuleNames() throws Exception {
    given(engine.loaded()).willReturn(LOADED);

    mvc.perform(get("/api/rules").with(member("rules-rita", PmoGroups.REQUESTER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("v-running"))
        .andExpect(jsonPath("$.source").value("classpath:rules/"))
        .andExpect(jsonPath("$.files[0].name").value("intake-scoring.drl"))
        .andExpect(jsonPath("$.files[0].rules[0]")
            .value("A regulatory request takes the fast lane with top priority"));
  }

  @Test
  void anonymousCallerMayNotSeeTheRules() throws Exception {
    mvc.perform(get("/api/rules"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

    verifyNoInteractions(engine);
  }

  @Test
  void thePmoMayNotReloadAndTheRulesAreLeftAlone() throws Exception {
    mvc.perform(post("/api/rules/reload")
            .with(member("rules-pete", PmoGroups.REQUESTER, PmoGroups.PMO)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("Only Camunda administrators may reload the rules."));

    then(engine).should(org.mockito.Mockito.never()).reload();
  }

  @Test
  void aCamundaAdminReloadsAndGetsTheNewVersion() throws Exception {
    given(engine.reload()).willReturn(LOADED);

    mvc.perform(post("/api/rules/reload").with(member("rules-ada", PmoGroups.CAMUNDA_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("v-running"));
  }

  @Test
  void aReloadThatDoesNotBuildIs422WithFileLineAndTheRunningVersion() throws Exception {
    given(engine.reload()).willThrow(new RuleLoadException(List.of(
        new RuleProblem("zz-broken.drl", 5, "[ERR 102] mismatched input ')'"))));
    given(engine.version()).willReturn("v-running");

    mvc.perform(post("/api/rules/reload").with(member("rules-ada", PmoGroups.CAMUNDA_ADMIN)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Rules do not build"))
        .andExpect(jsonPath("$.detail").value("The rule files have errors; the running rules"
            + " (version v-running) stay in place. zz-broken.drl:5: [ERR 102] mismatched input ')'"))
        .andExpect(jsonPath("$.errors[0].file").value("zz-broken.drl"))
        .andExpect(jsonPath("$.errors[0].line").value(5))
        .andExpect(jsonPath("$.runningVersion").value("v-running"))
        .andExpect(content().string(not(containsString("RuleLoadException"))))
        .andExpect(content().string(not(containsString("at org."))));
  }

  @Test
  void thePmoReadsAStoredDecisionWithItsJsonColumnsAsJson() throws Exception {
    DecisionRecord stored = new DecisionRecord("intake-scoring", "REQ-2026-0902", "v-running",
        "{\"category\":\"regulatory\"}", "{\"route\":\"FAST_LANE\"}",
        "[{\"rule\":\"Regulatory\",\"points\":0}]", "A regulatory request takes the fast lane.",
        Instant.parse("2026-11-27T10:00:00Z"));
    ReflectionTestUtils.setField(stored, "id", 17L);
    given(decisions.find(17L)).willReturn(Optional.of(stored));

    mvc.perform(get("/api/decisions/17")
            .with(member("rules-pete", PmoGroups.REQUESTER, PmoGroups.PMO)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(17))
        .andExpect(jsonPath("$.subjectKey").value("REQ-2026-0902"))
        .andExpect(jsonPath("$.decisionArea").value("intake-scoring"))
        .andExpect(jsonPath("$.rulesVersion").value("v-running"))
        .andExpect(jsonPath("$.inputs.category").value("regulatory"))
        .andExpect(jsonPath("$.outcome.route").value("FAST_LANE"))
        .andExpect(jsonPath("$.contributions[0].points").value(0))
        .andExpect(jsonPath("$.explanation").value("A regulatory request takes the fast lane."))
        .andExpect(jsonPath("$.decidedAt").value("2026-11-27T10:00:00Z"));
  }

  @Test
  void aRequesterMayNotReadStoredDecisions() throws Exception {
    mvc.perform(get("/api/decisions/17").with(member("rules-rita", PmoGroups.REQUESTER)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("Only the PMO may read stored decisions."));

    verifyNoInteractions(decisions);
  }

  @Test
  void anUnknownDecisionIs404WithAProblemDetail() throws Exception {
    given(decisions.find(999L)).willReturn(Optional.empty());

    mvc.perform(get("/api/decisions/999").with(member("rules-ada", PmoGroups.CAMUNDA_ADMIN)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("There is no decision 999."));
  }

  @Test
  void aDecisionIdThatIsNotANumberIsAClientErrorNotA500() throws Exception {
    mvc.perform(get("/api/decisions/abc")
            .with(member("rules-pete", PmoGroups.REQUESTER, PmoGroups.PMO)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
