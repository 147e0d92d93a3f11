package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
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

/** The lessons library and a project's post-mortem over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostMortemApiTests {

  static final String PM = "pma-pm";
  static final String SPONSOR = "pma-sponsor";
  static final String OUTSIDER = "pma-outsider";
  static final String PMO = "pma-pmo";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired PostMortems postMortems;
  @Autowired JdbcTemplate jdbc;

  String word;
  Project project;
  Lesson published;
  Lesson withheld;

  @BeforeEach
  void aPublishedPostMortem() {
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, SPONSOR, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, OUTSIDER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, PMO, PmoGroups.REQUESTER, PmoGroups.PMO);
    word = TestLessons.uniqueWord();
    project = TestLessons.closedProject(jdbc, projects, postMortems, PM, SPONSOR);
    published = TestLessons.lesson(postMortems, project, PM, "Daily stand-ups " + word + ".",
        null, "Keep the stand-ups short.", LessonCategory.TEAM);
    withheld = TestLessons.lesson(postMortems, project, SPONSOR, null,
        "A quarrel with finance " + word + ".", null, LessonCategory.TEAM);
    TestLessons.publish(postMortems, project, published.getId() + ": rituals",
        String.valueOf(withheld.getId()));
  }

  @Test
  void anySignedInUserSearchesThePublishedLessons() {
    ResponseEntity<JsonNode> found = get(OUTSIDER, "/api/lessons?category=team&q=" + word);

    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody()).hasSize(1);
    JsonNode lesson = found.getBody().get(0);
    assertThat(lesson.path("id").asLong()).isEqualTo(published.getId());
    assertThat(lesson.path("projectKey").asText()).isEqualTo(project.getKey());
    assertThat(lesson.path("category").asText()).isEqualTo("TEAM");
    assertThat(lesson.path("tags").asText()).isEqualTo("rituals");
    assertThat(lesson.path("wentWell").asText()).startsWith("Daily stand-ups");
    assertThat(lesson.path("publishedAt").isNull()).isFalse();
    assertThat(get(OUTSIDER, "/api/lessons?category=VENDORS&q=" + word).getBody()).isEmpty();
    assertThat(rest.getForEntity("/api/lessons", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void badSearchParametersAreProblemsWithTheirFields() {
    ResponseEntity<JsonNode> category = get(OUTSIDER, "/api/lessons?category=gossip");
    assertThat(category.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(category.getBody().path("errors").get(0).path("field").asText())
        .isEqualTo("category");
    ResponseEntity<JsonNode> symbols = rest.withBasicAuth(OUTSIDER, TestUsers.PASSWORD)
        .getForEntity("/api/lessons?q={q}", JsonNode.class, "%';--");
    assertThat(symbols.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(symbols.getBody().path("errors").get(0).path("field").asText()).isEqualTo("q");
    ResponseEntity<JsonNode> tooLong = get(OUTSIDER, "/api/lessons?q=" + "a".repeat(201));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody().toString()).doesNotContain("Exception", "at org.");
  }

  @Test
  void projectReadersSeeThePostMortemWithItsLessonsAndNonResponders() {
    ResponseEntity<JsonNode> view = get(PM, "/api/projects/" + project.getKey() + "/post-mortem");

    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = view.getBody();
    assertThat(body.path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(body.path("outcome").asText()).isEqualTo("CLOSED");
    assertThat(body.path("nonResponders").isArray()).isTrue();
    assertThat(body.path("lessons").findValuesAsText("status"))
        .containsExactly("PUBLISHED", "WITHHELD");
    assertThat(get(OUTSIDER, "/api/projects/" + project.getKey() + "/post-mortem")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String open = TestProjects.create(jdbc, projects, PM, SPONSOR).getKey();
    assertThat(get(PM, "/api/projects/" + open + "/post-mortem").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyThePmoEditsALessonAndABadCategoryChangesNothing() {
    String url = "/api/projects/" + project.getKey() + "/post-mortem/lessons/" + withheld.getId();

    assertThat(put(PM, url, Map.of("category", "RISK")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> bad = put(PMO, url, Map.of("category", "GOSSIP"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactly("category");
    ResponseEntity<JsonNode> edited = put(PMO, url,
        Map.of("wentBadly", "Budget approvals took three weeks.", "tags", "Finance, approvals"));

    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(edited.getBody().path("wentBadly").asText())
        .isEqualTo("Budget approvals took three weeks.");
    assertThat(edited.getBody().path("tags").asText()).isEqualTo("finance, approvals");
    assertThat(edited.getBody().path("category").asText()).isEqualTo("TEAM");
    assertThat(postMortems.lessons(project.getKey())).filteredOn(l -> l.getId().equals(
        withheld.getId())).singleElement().extracting(Lesson::getCategory)
        .isEqualTo(LessonCategory.TEAM);
  }

  private ResponseEntity<JsonNode> get(String user, String url) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD).getForEntity(url, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String user, String url, Map<String, Object> body) {
    return rest.withBasicAuth(user, TestUsers.PASSWORD)
        .exchange(url, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
