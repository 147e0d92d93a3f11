package org.pmoengine.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.ProjectTeam;
import org.pmoengine.register.RiskForm;
import org.pmoengine.register.RiskRegister;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "Risks and issues" and "Budget" tabs of a project in a real browser: the project manager
 * keeps the registers (a mistake is named next to its field, every change lands in the entry's
 * history with who and when) and enters the budget; a team member reads without forms; a
 * requester outside the project is refused. Screenshots at 1280 px and 400 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistersBrowserIT {

  static final String PM = "rbw-pm";
  static final String SPONSOR = "rbw-sponsor";
  static final String DEV = "rbw-dev";
  static final String OUTSIDER = "rbw-out";

  @RegisterExtension final BrowserExtension extension = new BrowserExtension();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ProjectRepository projects;
  @Autowired ProjectTeam team;
  @Autowired RiskRegister risks;
  @Autowired JdbcTemplate jdbc;

  Project project;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identity, PM, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, SPONSOR, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, DEV, PmoGroups.REQUESTER);
    TestUsers.ensure(identity, OUTSIDER, PmoGroups.REQUESTER);
    project = TestProjects.create(jdbc, projects, PM, SPONSOR);
    team.add(project.getKey(), DEV, "Developer", PM);
  }

  @Test
  void theManagerAddsEditsAndClosesARiskAndAddsAnIssue() {
    Browser browser = extension.browser();
    new Workspace(browser, port).signIn(PM, TestUsers.PASSWORD)
        .open("/projects/" + project.getKey() + "/registers");
    browser.waitFor(By.id("risks-heading"));
    assertThat(browser.pageText()).contains("No risk is registered yet.", "Risks and issues");

    // a risk without a title: the message stands next to the field, nothing is stored
    new Select(browser.driver().findElement(By.id("risk-new-probability"))).selectByValue("3");
    new Select(browser.driver().findElement(By.id("risk-new-impact"))).selectByValue("4");
    browser.driver().findElement(By.id("risk-new-owner")).sendKeys(PM);
    browser.driver().findElement(By.id("risk-new-description"))
        .sendKeys("The only supplier may fail");
    submit(browser, "#risk-new-title");
    WebElement titleError = browser.waitFor(By.id("risk-new-title-error"));
    assertThat(titleError.getText()).isEqualTo("Enter the title.");
    assertThat(browser.driver().findElement(By.id("risk-new-title")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    // what was typed is still there
    assertThat(browser.driver().findElement(By.id("risk-new-owner")).getAttribute("value"))
        .isEqualTo(PM);
    assertThat(count("risk")).isZero();
    shoot(browser, "1-risk-field-error");

    browser.driver().findElement(By.id("risk-new-title")).sendKeys("Supplier insolvency");
    submit(browser, "#risk-new-title");
    browser.waitForText("Risk “Supplier insolvency” added.");
    long id = jdbc.queryForObject("select id from risk where project_key = ?", Long.class,
        project.getKey());
    String entry = "risk-" + id;
    assertThat(text(browser, entry)).contains("Supplier insolvency", "Score 12 · Medium",
        "3 – Medium", "4 – High", "rbw-pm Test", "Open");
    assertThat(figure(browser, "count-open-risks")).isEqualTo("1");
    assertThat(figure(browser, "count-high-risks")).isEqualTo("0");

    // edit: probability up to 5, a mitigation
    browser.driver().findElement(By.cssSelector("#" + entry + " .edit-entry > summary")).click();
    new Select(browser.waitFor(By.id(entry + "-probability"))).selectByValue("5");
    browser.driver().findElement(By.id(entry + "-mitigation"))
        .sendKeys("Qualify a second supplier");
    submit(browser, "#" + entry + "-title");
    browser.waitForText("Risk “Supplier insolvency” saved.");
    assertThat(text(browser, entry)).contains("Score 20 · High", "Qualify a second supplier");
    assertThat(figure(browser, "count-high-risks")).isEqualTo("1");

    // close it
    browser.driver().findElement(By.cssSelector("#" + entry + " button[aria-label^='Close risk']"))
        .click();
    browser.waitForText("Risk “Supplier insolvency” closed.");
    browser.waitFor(By.cssSelector("#" + entry + " button[aria-label^='Reopen risk']"));
    assertThat(browser.driver().findElement(By.cssSelector("#" + entry + " .state")).getText())
        .isEqualTo("Closed");
    assertThat(figure(browser, "count-open-risks")).isEqualTo("0");
    assertThat(figure(browser, "count-high-risks")).isEqualTo("0");

    // its history: who and when, what changed
    browser.driver().findElement(By.cssSelector("#" + entry + " .history > summary")).click();
    String history = browser.waitFor(By.cssSelector("#" + entry + " .history ol")).getText();
    assertThat(history).containsSubsequence(
        "Closed by rbw-pm Test on", "Status: Open → Closed",
        "Updated by rbw-pm Test on", "Probability: 3 (medium) → 5 (very high)",
        "Mitigation: – → Qualify a second supplier",
        "Added by rbw-pm Test on");
    assertThat(history).doesNotContain("CLOSED", "UPDATED");
    assertThat(jdbc.queryForList("select action from register_change where entry_type = 'RISK'"
        + " and entry_id = ? order by id", String.class, id))
        .containsExactly("ADDED", "UPDATED", "CLOSED");
    shoot(browser, "2-risk-closed-with-history");

    // an issue
    browser.driver().findElement(By.id("issue-new-title")).sendKeys("Test licences missing");
    browser.driver().findElement(By.id("issue-new-owner")).sendKeys(DEV);
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.getElementById('issue-new-dueDate').value = '2098-03-01'");
    new Select(browser.driver().findElement(By.id("issue-new-severity"))).selectByValue("HIGH");
    submit(browser, "#issue-new-title");
    browser.waitForText("Issue “Test licences missing” added.");
    long issueId = jdbc.queryForObject("select id from issue where project_key = ?", Long.class,
        project.getKey());
    assertThat(text(browser, "issue-" + issueId)).contains("Test licences missing",
        "High severity", "1 Mar 2098", "rbw-dev Test", "Open");
    assertThat(figure(browser, "count-open-issues")).isEqualTo("1");
    shoot(browser, "3-issue-added");
  }

  @Test
  void theManagerEntersTheBudgetAndSeesTheTotalsChange() {
    Browser browser = extension.browser();
    new Workspace(browser, port).signIn(PM, TestUsers.PASSWORD)
        .open("/projects/" + project.getKey() + "/budget");
    browser.waitFor(By.id("lines-heading"));
    assertThat(figure(browser, "total-approved")).isEqualTo("100,000");
    assertThat(figure(browser, "total-lines")).isEqualTo("0");

    browser.driver().findElement(By.id("line-code")).sendKeys("HW");
    browser.driver().findElement(By.id("line-name")).sendKeys("Hardware");
    browser.driver().findElement(By.id("line-amount")).sendKeys("40,000");
    submit(browser, "#line-code");
    browser.waitForText("Budget line HW added.");
    assertThat(figure(browser, "total-lines")).isEqualTo("40,000");
    assertThat(figure(browser, "total-booked")).isEqualTo("0");

    // an expense with an amount that is no number: named next to the field
    browser.driver().findElement(By.cssSelector("#expenses .add-entry > summary")).click();
    new Select(browser.waitFor(By.id("expense-budgetLineId"))).selectByVisibleText("HW – Hardware");
    browser.driver().findElement(By.id("expense-description")).sendKeys("Travel to the vendor");
    browser.driver().findElement(By.id("expense-amount")).sendKeys("twelve");
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.getElementById('expense-date').value = '2098-02-10'");
    submit(browser, "#expense-description");
    assertThat(browser.waitFor(By.id("expense-amount-error")).getText())
        .isEqualTo("Enter the amount as a number, such as 1250.50.");
    assertThat(count("expense")).isZero();
    shoot(browser, "1-expense-field-error");

    WebElement amount = browser.driver().findElement(By.id("expense-amount"));
    amount.clear();
    amount.sendKeys("1250");
    submit(browser, "#expense-description");
    browser.waitForText("Expense “Travel to the vendor” booked.");
    assertThat(figure(browser, "total-booked")).isEqualTo("1,250");
    assertThat(figure(browser, "total-remaining")).isEqualTo("38,750");

    // an invoice from a vendor not on the project and without purchase order: flagged, in words
    browser.driver().findElement(By.cssSelector("#invoices .add-entry > summary")).click();
    new Select(browser.waitFor(By.id("invoice-budgetLineId"))).selectByVisibleText("HW – Hardware");
    browser.driver().findElement(By.id("invoice-vendor")).sendKeys("ACME");
    browser.driver().findElement(By.id("invoice-invoiceNumber")).sendKeys("INV-7");
    browser.driver().findElement(By.id("invoice-amount")).sendKeys("5000");
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.getElementById('invoice-invoiceDate').value = '2098-03-01'");
    submit(browser, "#invoice-vendor");
    browser.waitForText("Invoice INV-7 recorded and flagged for finance: 2 findings.");
    assertThat(figure(browser, "total-booked")).isEqualTo("6,250");
    assertThat(figure(browser, "total-remaining")).isEqualTo("33,750");
    String invoices = browser.driver().findElement(By.id("invoices")).getText();
    assertThat(invoices).contains("The invoice names no purchase order.",
        "Vendor ACME is not registered on " + project.getKey() + ".", "Flagged", "5,000");
    assertThat(invoices).doesNotContain("MISSING_PURCHASE_ORDER", "FLAGGED");
    shoot(browser, "2-budget-with-bookings");
  }

  @Test
  void aTeamMemberReadsWithoutFormsAndAnOutsiderIsRefused() {
    risks.add(project.getKey(), new RiskForm("Key developer leaves", null, 2, 4, DEV, null, null),
        PM);
    Browser browser = extension.browser();
    Workspace workspace = new Workspace(browser, port).signIn(DEV, TestUsers.PASSWORD)
        .open("/projects/" + project.getKey() + "/registers");
    browser.waitFor(By.id("risks-heading"));
    assertThat(browser.pageText()).contains("Key developer leaves", "Score 8 · Medium",
        "You can read these registers");
    assertThat(browser.findAll(By.cssSelector("form.entry-form, .entry-actions, .add-entry")))
        .isEmpty();
    shoot(browser, "1-reader-registers");

    workspace.open("/projects/" + project.getKey() + "/budget");
    browser.waitFor(By.id("lines-heading"));
    assertThat(browser.pageText()).contains("You can read the budget");
    assertThat(browser.findAll(By.cssSelector("form.entry-form, .add-entry"))).isEmpty();

    browser.driver().manage().deleteAllCookies();
    new Workspace(browser, port).signIn(OUTSIDER, TestUsers.PASSWORD)
        .open("/projects/" + project.getKey() + "/registers");
    browser.waitFor(By.cssSelector("main h1"));
    assertThat(browser.pageText()).contains("Not allowed",
        "You are not allowed to see the registers of " + project.getKey() + ".");
    assertThat(browser.pageText()).doesNotContain("Key developer leaves", "{");
    shoot(browser, "2-outsider-refused");
  }

  /** Submits the form the field belongs to, as pressing Enter in it would. */
  private static void submit(Browser browser, String fieldSelector) {
    WebElement field = browser.driver().findElement(By.cssSelector(fieldSelector));
    field.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]"))
        .click();
  }

  private static String text(Browser browser, String id) {
    return browser.waitFor(By.id(id)).getText();
  }

  private static String figure(Browser browser, String id) {
    return browser.waitFor(By.id(id)).getText();
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table + " where project_key = ?",
        Integer.class, project.getKey());
  }

  /** The whole page at 1280 px, then at 400 px, then back. */
  private static void shoot(Browser browser, String step) {
    for (int width : new int[] {1280, 400}) {
      browser.driver().manage().window().setSize(new Dimension(width, 900));
      long height = (Long) ((JavascriptExecutor) browser.driver())
          .executeScript("return document.documentElement.scrollHeight");
      browser.driver().manage().window().setSize(
          new Dimension(width, (int) Math.min(Math.max(height + 140, 900), 6000)));
      browser.screenshot(step + "-" + width);
    }
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));
  }
}
