package org.pmoengine.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A project's team over HTTP: who keeps it, who reads it, and what a member may then see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectTeamTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;

  String key;

  @BeforeEach
  void project() {
    TestUsers.ensure(identity, "team-mia", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "team-sam", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "team-dev", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "team-ops", PmoGroups.REQUESTER);
    key = TestProjects.create(jdbc, projects, "team-mia", "team-sam").getKey();
  }

  @Test
  void managerAddsMembersWhoThenReadTheProjectRegisters() {
    assertThat(as("team-dev").getForEntity(url("/risks"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> added = put("team-mia", "/team/team-dev", Map.of("role", "Developer"));
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(added.getBody().path("role").asText()).isEqualTo("Developer");

    JsonNode listed = as("team-dev").getForObject(url("/team"), JsonNode.class);
    assertThat(listed).extracting(m -> m.path("userId").asText())
        .containsExactly("team-mia", "team-sam", "team-dev");
    assertThat(listed.get(0).path("role").asText()).isEqualTo("Project manager");
    assertThat(as("team-dev").getForEntity(url("/risks"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(team.isMember(key, "team-dev")).isTrue();
    assertThat(team.isMember(key, "team-ops")).isFalse();
  }

  @Test
  void addingTheSameMemberAgainChangesTheRoleAndKeepsOneRow() {
    put("team-mia", "/team/team-dev", Map.of("role", "Developer"));
    put("team-mia", "/team/team-dev", Map.of("role", "Lead developer"));

    assertThat(team.team(key)).extracting(ProjectTeam.TeamMember::role)
        .containsExactly("Project manager", "Sponsor", "Lead developer");
    assertThat(jdbc.queryForObject("select count(*) from project_member where project_key = ?",
        Integer.class, key)).isEqualTo(1);
  }

  @Test
  void anUnknownUserIsRefusedWithTheFieldAndNothingIsStored() {
    ResponseEntity<JsonNode> refused = put("team-mia", "/team/nobody-here", Map.of("role", "x"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").toString()).contains("userId");
    assertThat(team.members(key)).containsExactly("team-mia", "team-sam");
  }

  @Test
  void onlyTheKeepersChangeTheTeamAndTheManagerCannotBeRemoved() {
    put("team-mia", "/team/team-dev", null);

    assertThat(put("team-dev", "/team/team-ops", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(delete("team-mia", "/team/team-mia").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(delete("team-mia", "/team/team-dev").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(team.members(key)).containsExactly("team-mia", "team-sam");
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return as(user).exchange(url(path), HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }

  private ResponseEntity<JsonNode> delete(String user, String path) {
    return as(user).exchange(url(path), HttpMethod.DELETE, null, JsonNode.class);
  }

  private String url(String path) {
    return "/api/projects/" + key + path;
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, TestUsers.PASSWORD);
  }
}
