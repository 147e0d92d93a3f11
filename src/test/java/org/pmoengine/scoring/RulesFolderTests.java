package org.pmoengine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmoengine.intake.ScoringInputBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.intake.IntakeScore;
import org.pmoengine.intake.IntakeScoring;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application with its rules in a folder of its own ({@code pmo.rules-dir}): what
 * the rules API shows, a broken file on reload, and a decision stored by scoring read back. Who
 * may call what, and how refusals read, is in the web slice {@link RulesControllerTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesFolderTests {

  static final Path RULES_DIR = copyOfTheRules();

  @DynamicPropertySource
  static void rulesDir(DynamicPropertyRegistry registry) {
    registry.add("pmo.rules-dir", RULES_DIR::toString);
  }

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired IntakeScoring scoring;
  @Autowired RuleEngine engine;
  @Autowired ObjectMapper json;

  @BeforeEach
  void users() {
    TestUsers.ensure(identityService, "rules-requester", PmoGroups.REQUESTER);
    TestUsers.ensure(identityService, "rules-pmo", PmoGroups.REQUESTER, PmoGroups.PMO);
    TestUsers.ensure(identityService, "rules-admin", PmoGroups.CAMUNDA_ADMIN);
  }

  @AfterEach
  void removeBrokenFile() throws IOException {
    Files.deleteIfExists(RULES_DIR.resolve("zz-broken.drl"));
  }

  @Test
  void anyUserSeesLoadedFilesVersionAndRuleNames() throws Exception {
    ResponseEntity<String> response = as("rules-requester").getForEntity("/api/rules", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("version").asText()).isEqualTo(engine.version());
    assertThat(body.get("source").asText()).isEqualTo(RULES_DIR.toAbsolutePath().toString());
    assertThat(body.get("files").get(0).get("name").asText()).isEqualTo("intake-scoring.drl");
    assertThat(body.get("files").get(0).get("rules").toString())
        .contains("A regulatory request takes the fast lane with top priority");
  }

  @Test
  void brokenFileIsRefusedWithFileAndLineAndTheRunningRulesStay() throws Exception {
    String before = engine.version();
    Files.writeString(RULES_DIR.resolve("zz-broken.drl"), """
        package broken;

        rule "Half a rule"
        when
            String( length > )
        then
        end
        """);

    ResponseEntity<String> response =
        as("rules-admin").postForEntity("/api/rules/reload", null, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("errors").get(0).get("file").asText()).isEqualTo("zz-broken.drl");
    assertThat(problem.get("errors").get(0).get("line").asInt()).isEqualTo(5);
    assertThat(problem.get("runningVersion").asText()).isEqualTo(before);
    assertThat(response.getBody()).doesNotContain("at org.");
    assertThat(engine.version()).isEqualTo(before);
    assertThat(scoring.score(aRequest().build()).rulesVersion()).isEqualTo(before);
  }

  @Test
  void pmoReadsAStoredDecisionAndRequestersMayNot() throws Exception {
    IntakeScore score = scoring.scoreAndRecord("REQ-2026-0902",
        aRequest().withCategory("regulatory").build(), null);

    ResponseEntity<String> response = as("rules-pmo")
        .getForEntity("/api/decisions/" + score.decisionId(), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode decision = json.readTree(response.getBody());
    assertThat(decision.get("subjectKey").asText()).isEqualTo("REQ-2026-0902");
    assertThat(decision.get("decisionArea").asText()).isEqualTo("intake-scoring");
    assertThat(decision.get("rulesVersion").asText()).isEqualTo(score.rulesVersion());
    assertThat(decision.get("outcome").get("route").asText()).isEqualTo("FAST_LANE");
    assertThat(decision.get("inputs").get("category").asText()).isEqualTo("regulatory");
    assertThat(decision.get("contributions").size()).isEqualTo(score.contributions().size());
    assertThat(decision.get("explanation").asText()).isEqualTo(score.explanation());

    assertThat(as("rules-requester").getForEntity("/api/decisions/" + score.decisionId(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("rules-pmo").getForEntity("/api/decisions/999999999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD);
  }

  private static Path copyOfTheRules() {
    try {
      Path dir = Files.createTempDirectory("pmo-rules");
      Files.copy(Path.of("rules/intake-scoring.drl"), dir.resolve("intake-scoring.drl"));
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
