package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pmoengine.change.ChangeRequest;
import org.pmoengine.change.ChangeRequestRepository;
import org.pmoengine.change.ChangeStatus;
import org.pmoengine.change.ChangeTestProjects;
import org.pmoengine.plans.PlanService;
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
 * Change control in a real browser: a team member raises a change from Tasklist's start form
 * (and corrects the line the validation couldn't read), a change-board member sees its simulated
 * impact and the Gantt charts before and after on the approval form and approves it, and the
 * plan is re-baselined. Screenshots go under target/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangeBrowserIT {

  static final String PM = "chb-pm";
  static final String MEMBER = "chb-member";
  static final String BOARD = "chb-carl";

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired PlanService plans;
  @Autowired ChangeRequestRepository changes;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    Tasklist.ensureAdministratorExists(identity);
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, "cc-sponsor", PmoGroups.REQUESTER);
    TestUsers.ensure(identity, MEMBER, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, BOARD, PmoGroups.REQUESTER, PmoGroups.CHANGE_BOARD);
  }

  @Test
  void aMemberRaisesAChangeAndTheChangeBoardApprovesItSeeingItsImpactAndGantt() {
    Project project = new ChangeTestProjects(jdbc, projects, plans, team)
        .inExecution(PM, MEMBER);
    Browser browser = extension.browser();

    Tasklist tasklist = new Tasklist(browser, port).login(MEMBER, TestUsers.PASSWORD);
    CamundaForm request = tasklist.startProcess("Change control");
    request.type("projectKey", project.getKey())
        .type("justification", "Testing was forgotten.")
        .type("changes", "add test two after build before live");
    browser.screenshot("change-1-request");
    tasklist.submitStartForm();
    Task correction = browser.waitUntil(d -> tasks.createTaskQuery().taskAssignee(MEMBER)
        .taskDefinitionKey("correct-change").list().stream().findFirst().orElse(null));
    CamundaForm corrected = tasklist.openTask(correction.getId());
    browser.waitUntil(d -> corrected.text().contains("can't be read"));
    assertThat(corrected.text())
        .contains("Line 1 (\"add test two after build before live\") can't be read");
    assertThat(changes.findByProjectKeyOrderByRequestedAtAscIdAsc(project.getKey())).isEmpty();
    corrected.type("changes", "add test 2 after build before live");
    browser.screenshot("change-2-correction");
    dismissNotifications(browser);
    tasklist.completeTask();
    ChangeRequest raised = browser.waitUntil(d -> changes
        .findByProjectKeyOrderByRequestedAtAscIdAsc(project.getKey()).stream().findFirst()
        .orElse(null));
    assertThat(raised.getRequestedBy()).isEqualTo(MEMBER);
    runJobs(raised);

    browser.driver().manage().deleteAllCookies();
    tasklist.login(BOARD, TestUsers.PASSWORD);
    CamundaForm approval = tasklist.openTask(approvalTask(raised).getId());
    browser.waitUntil(d -> approval.text().contains("Forecast finish"));
    assertThat(approval.text()).contains("Change " + raised.getKey() + " to " + project.getKey(),
        "MAJOR", "Add test: 2 working days, after build, before live",
        "Forecast finish 2027-01-25 → 2027-01-27 (2 working days)",
        "Baseline milestones moved: live 2027-01-25 → 2027-01-27");
    List<WebElement> charts = browser.waitUntil(d -> {
      List<WebElement> loaded = d.findElements(By.cssSelector(".fjs-form img")).stream()
          .filter(this::loaded).toList();
      return loaded.size() == 2 ? loaded : null;
    });
    assertThat(charts).extracting(c -> c.getDomAttribute("alt")).containsExactly(
        "Gantt chart before the change", "Gantt chart after the change");
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'start'});", charts.get(0));
    browser.screenshot("change-3-approval");
    approval.select("decision", "Approve").type("decisionReason", "Testing is needed.");
    tasklist.completeTask();
    browser.waitUntil(d -> approvalTask(raised) == null);
    runJobs(raised);

    ChangeRequest applied = changes.findByKey(raised.getKey()).orElseThrow();
    assertThat(applied.getStatus()).isEqualTo(ChangeStatus.APPLIED);
    assertThat(applied.getDecidedBy()).isEqualTo(BOARD);
    assertThat(applied.getBaselineVersion()).isEqualTo(4);
    assertThat(plans.latestBaseline(project.getKey()).orElseThrow().reason())
        .isEqualTo("Re-baselined by " + raised.getKey() + " (MAJOR): Testing was forgotten.");
  }

  /** Tasklist's "process started" notices stay over the Complete button until closed. */
  private static void dismissNotifications(Browser browser) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.querySelectorAll('.page-notifications .close').forEach(b => b.click());");
    browser.waitUntil(d -> d.findElements(By.cssSelector(".page-notifications .close")).isEmpty());
  }

  private boolean loaded(WebElement image) {
    Object width = ((JavascriptExecutor) extension.browser().driver())
        .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
    return width instanceof Number n && n.intValue() > 0;
  }

  private void runJobs(ChangeRequest change) {
    String instance = changes.findByKey(change.getKey()).orElseThrow().getProcessInstanceId();
    for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
      management.executeJob(job.getId());
    }
  }

  private Task approvalTask(ChangeRequest change) {
    String instance = changes.findByKey(change.getKey()).orElseThrow().getProcessInstanceId();
    return tasks.createTaskQuery().processInstanceId(instance).list().stream().findFirst()
        .orElse(null);
  }
}
