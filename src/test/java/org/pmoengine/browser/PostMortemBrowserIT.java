package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.postmortem.Lesson;
import org.pmoengine.postmortem.LessonCategory;
import org.pmoengine.postmortem.LessonStatus;
import org.pmoengine.postmortem.PostMortemStarter;
import org.pmoengine.postmortem.PostMortemVariables;
import org.pmoengine.postmortem.PostMortems;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The post-mortem in a real browser: a team member submits a lesson in Tasklist, and the PMO
 * sees it with the metrics on the review form and publishes it. Screenshots go under target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostMortemBrowserIT {

  static final String PM = "pmb-pm";
  static final String SPONSOR = "pmb-sponsor";
  static final String DEV = "pmb-dev";
  static final String PMO = "pmb-pmo";

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PostMortemStarter starter;
  @Autowired PostMortems postMortems;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    Tasklist.ensureAdministratorExists(identity);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, SPONSOR, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, DEV, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, PMO, PmoGroups.REQUESTER, PmoGroups.PMO);
  }

  @Test
  void aTeamMemberSubmitsALessonAndThePmoPublishesIt() {
    Project project = TestProjects.create(jdbc, projects, PM, SPONSOR);
    team.add(project.getKey(), DEV, "Developer", PM);
    jdbc.update("update project set status = 'CLOSED' where project_key = ?", project.getKey());
    starter.start(project.getKey());
    String instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(PostMortemVariables.PROCESS_ID)
        .processInstanceBusinessKey(project.getKey()).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .activityId("compute-metrics").singleResult().getId());
    Browser browser = extension.browser();

    Tasklist tasklist = new Tasklist(browser, port).login(DEV, TestUsers.PASSWORD);
    CamundaForm lesson = tasklist.openTask(lessonOf(instance, DEV).getId());
    browser.waitUntil(d -> lesson.text().contains(project.getKey()));
    assertThat(lesson.text()).contains("Lessons learned: " + project.getKey() + " "
        + project.getName(), "The project has ended (closed).").doesNotContain("CLOSED");
    assertThat(browser.pageText()).as("the task's name in Tasklist")
        .contains("Lessons learned: " + project.getKey() + " " + project.getName());
    lesson.type(PostMortemVariables.WENT_WELL, "Pairing on the billing core.")
        .type(PostMortemVariables.WENT_BADLY, "The vendor delivered the interface late.")
        .type(PostMortemVariables.RECOMMENDATIONS, "Put delivery dates in vendor contracts.");
    choose(browser, PostMortemVariables.LESSON_CATEGORY, "Vendors");
    assertThat(lesson.selected(PostMortemVariables.LESSON_CATEGORY)).isEqualTo("Vendors");
    browser.screenshot("post-mortem-1-lesson");
    tasklist.completeTask();
    browser.waitUntil(d -> lessonOf(instance, DEV) == null);

    assertThat(postMortems.lessons(project.getKey())).singleElement().satisfies(l -> {
      assertThat(l.getAuthor()).isEqualTo(DEV);
      assertThat(l.getCategory()).isEqualTo(LessonCategory.VENDORS);
      assertThat(l.getRecommendations()).isEqualTo("Put delivery dates in vendor contracts.");
    });

    for (String member : List.of(PM, SPONSOR)) {
      identity.setAuthentication(member, List.of(PmoGroups.REQUESTER));
      tasks.complete(lessonOf(instance, member).getId(), Map.of(
          PostMortemVariables.WENT_WELL, "Fine.", PostMortemVariables.LESSON_CATEGORY, "OTHER"));
      identity.clearAuthentication();
    }
    management.createJobQuery().processInstanceId(instance).messages()
        .activityId("submit-lesson").list().forEach(job -> management.executeJob(job.getId()));
    browser.driver().manage().deleteAllCookies();
    tasklist.login(PMO, TestUsers.PASSWORD);
    Task reviewTask = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("pmo-review").singleResult();
    CamundaForm review = tasklist.openTask(reviewTask.getId());
    browser.waitUntil(d -> review.text().contains("Pairing on the billing core."));
    assertThat(review.text()).contains("Post-mortem review: " + project.getKey(), "Schedule:",
        "Cost:", "Rework:", "by " + DEV);
    browser.screenshot("post-mortem-2-review");
    Long devLesson = postMortems.lessons(project.getKey()).get(0).getId();
    review.type(PostMortemVariables.LESSON_TAGS, devLesson + ": vendor, contract")
        .type(PostMortemVariables.REVIEW_SUMMARY, "Vendor dates go into contracts.");
    tasklist.completeTask();
    browser.waitUntil(d -> runtime.createProcessInstanceQuery().processInstanceId(instance)
        .count() == 0);

    assertThat(postMortems.lessons(project.getKey()))
        .allMatch(l -> l.getStatus() == LessonStatus.PUBLISHED)
        .extracting(Lesson::getTags).first().isEqualTo("vendor, contract");
  }

  /**
   * Picks an option of a select whose drop-down list reaches below Tasklist's footer: the
   * option is scrolled into view before it is clicked.
   */
  private static void choose(Browser browser, String key, String label) {
    browser.waitFor(By.cssSelector(".fjs-form [id$='-Field_" + key + "-display']")).click();
    WebElement option = browser.waitUntil(d -> d.findElements(
            By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(item -> item.getText().strip().equals(label)).findFirst().orElse(null));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
    option.click();
  }

  private Task lessonOf(String instance, String member) {
    return tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("submit-lesson").taskAssignee(member).singleResult();
  }
}
