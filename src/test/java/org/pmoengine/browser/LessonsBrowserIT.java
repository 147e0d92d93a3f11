package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.postmortem.Lesson;
import org.pmoengine.postmortem.LessonCategory;
import org.pmoengine.postmortem.LessonForm;
import org.pmoengine.postmortem.PostMortems;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searching the lessons library in the browser: words narrow the cards as one types (htmx), the
 * category and project filters too, and the plain form gives the same answer. The lessons carry
 * a made-up word of this test, so other tests' lessons never match.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LessonsBrowserIT {

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired PostMortems postMortems;
  @Autowired ProjectRepository projects;
  @Autowired JdbcTemplate jdbc;

  String word;
  Project project;
  Lesson vendor;
  Lesson estimation;

  @BeforeEach
  void publishedLessons() {
    TestUsers.ensure(identityService, "lib-rita", PmoGroups.REQUESTER);
    word = uniqueWord();
    project = TestProjects.create(jdbc, projects, "lib-pm-b", "lib-sponsor-b");
    jdbc.update("update project set status = 'CLOSED' where project_key = ?", project.getKey());
    postMortems.open(project.getKey());
    vendor = postMortems.submitLesson(project.getKey(), "lib-pm-b", new LessonForm(null,
        "The vendor missed three delivery dates " + word + ".",
        "Write delivery dates and penalties into vendor contracts.",
        LessonCategory.VENDORS.name()));
    estimation = postMortems.submitLesson(project.getKey(), "lib-sponsor-b", new LessonForm(
        "Daily stand-ups kept the team honest " + word + ".",
        "Testing took twice the estimate.", "Estimate testing from the last project's actuals.",
        LessonCategory.ESTIMATION.name()));
    postMortems.publish(project.getKey(), estimation.getId() + ": testing, planning", null, null,
        "pmo-tester");
  }

  @Test
  void searchNarrowsTheCardsAsOneTypesAndFiltersByCategoryAndProject() {
    Browser browser = extension.browser();
    Workspace workspace = new Workspace(browser, port).signIn("lib-rita", TestUsers.PASSWORD);
    workspace.open("/lessons");
    browser.waitFor(By.id("lesson-q"));
    browser.screenshot("all");

    browser.driver().findElement(By.id("lesson-q")).sendKeys(word);
    browser.waitUntil(d -> heading(browser).equals("2 lessons found"));
    assertThat(cards(browser)).hasSize(2);
    assertThat(browser.driver().findElement(By.id("lesson-" + vendor.getId())).getText())
        .contains("Vendors", project.getKey(), "What went badly",
            "The vendor missed three delivery dates", "Recommendation",
            "Write delivery dates and penalties into vendor contracts.")
        .doesNotContain("VENDORS");
    assertThat(browser.driver().findElement(By.id("lesson-" + estimation.getId())).getText())
        .contains("Estimation", "What went well", "Tags: testing, planning");
    // the search is in the address, to bookmark or share
    browser.waitUntil(d -> d.getCurrentUrl().contains("q=" + word));
    browser.screenshot("words");

    browser.driver().findElement(By.id("lesson-q")).sendKeys(" penalties");
    browser.waitUntil(d -> heading(browser).equals("1 lesson found"));
    assertThat(cards(browser).get(0).getAttribute("id")).isEqualTo("lesson-" + vendor.getId());

    browser.driver().findElement(By.id("lesson-q")).sendKeys(
        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), word);
    browser.waitUntil(d -> heading(browser).equals("2 lessons found"));
    new Select(browser.driver().findElement(By.id("lesson-category")))
        .selectByVisibleText("Estimation");
    browser.waitUntil(d -> heading(browser).equals("1 lesson found"));
    assertThat(cards(browser)).extracting(c -> c.getAttribute("id"))
        .containsExactly("lesson-" + estimation.getId());
    browser.screenshot("category");

    new Select(browser.driver().findElement(By.id("lesson-category")))
        .selectByVisibleText("All categories");
    browser.waitUntil(d -> heading(browser).equals("2 lessons found"));
    new Select(browser.driver().findElement(By.id("lesson-project")))
        .selectByVisibleText(project.getKey());
    browser.waitUntil(d -> d.getCurrentUrl().contains("project=" + project.getKey()));
    assertThat(cards(browser)).hasSize(2);

    browser.driver().manage().window().setSize(new Dimension(400, 900));
    browser.screenshot("narrow");
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void thePlainFormAnswersTheSameAndNamesABadSearch() {
    Browser browser = extension.browser();
    Workspace workspace = new Workspace(browser, port).signIn("lib-rita", TestUsers.PASSWORD);
    workspace.open("/lessons?q=" + word + "&category=VENDORS");
    browser.waitFor(By.id("lesson-results"));
    assertThat(cards(browser)).extracting(c -> c.getAttribute("id"))
        .containsExactly("lesson-" + vendor.getId());
    assertThat(browser.pageText()).contains("1 lesson found");

    workspace.open("/lessons?q=%2B%2B%2B");
    browser.waitFor(By.id("q-error"));
    assertThat(browser.driver().findElement(By.id("q-error")).getText())
        .isEqualTo("Search for words (letters or digits).");
    browser.screenshot("bad-search");

    workspace.open("/lessons?q=" + word + "zzz");
    browser.waitFor(By.id("lesson-results"));
    assertThat(browser.pageText()).contains("No published lesson matches.");
  }

  /** The results' heading, or nothing while htmx swaps it. */
  private static String heading(Browser browser) {
    try {
      return browser.driver().findElement(By.id("results-heading")).getText();
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return "";
    }
  }

  private static List<WebElement> cards(Browser browser) {
    return browser.findAll(By.cssSelector("#lesson-results article.lesson"));
  }

  private static String uniqueWord() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
