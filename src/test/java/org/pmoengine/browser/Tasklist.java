package org.pmoengine.browser;

import org.camunda.bpm.engine.IdentityService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;

/** Camunda Tasklist seen through the browser: login and the filter list. */
public final class Tasklist {

  public static final String PATH = "/camunda/app/tasklist/default/";
  public static final String FILTER_FAILURE = "Loading the filters finished with failures";

  private static final By CLAIM = By.cssSelector("button.claim");

  private final Browser browser;
  private final String baseUrl;

  public Tasklist(Browser browser, int port) {
    this.browser = browser;
    this.baseUrl = "http://localhost:" + port;
  }

  /**
   * The webapps send everyone to the first-run setup page while the camunda-admin group is
   * empty (and that setup is closed), so a browser test needs one administrator to exist.
   */
  public static void ensureAdministratorExists(IdentityService identityService) {
    TestUsers.ensure(identityService, "browser-admin", PmoGroups.CAMUNDA_ADMIN);
  }

  /**
   * Signs in once on the application's sign-in page, as everyone does, then opens Tasklist (which
   * asks for no login of its own) and waits for the task list to load.
   */
  public Tasklist login(String userId, String password) {
    browser.open(baseUrl + "/login");
    browser.waitFor(By.id("username")).sendKeys(userId);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(By.cssSelector("header.topbar .who"));
    return open();
  }

  /** Opens Tasklist with the session the browser has and waits for the task list to load. */
  public Tasklist open() {
    browser.open(baseUrl + PATH);
    browser.waitUntil(d -> {
      String text = browser.pageText();
      return text.contains("Start process")
          && (text.contains("My tasks") || text.contains(FILTER_FAILURE));
    });
    return this;
  }

  /** Opens "Start process", picks the process by name and waits for its start form. */
  public CamundaForm startProcess(String processName) {
    browser.driver().findElement(By.linkText("Start process")).click();
    browser.waitFor(By.partialLinkText(processName)).click();
    return new CamundaForm(browser);
  }

  /** Presses "Start" under the start form and waits until the dialog has closed. */
  public void submitStartForm() {
    // the form re-renders when its last field loses focus; let that happen before the click
    ((JavascriptExecutor) browser.driver()).executeScript("document.activeElement.blur();");
    browser.waitUntil(d -> d.findElement(By.cssSelector(".modal-footer button.btn-primary"))
        .isEnabled());
    browser.driver().findElement(By.cssSelector(".modal-footer button.btn-primary")).click();
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
  }

  /** Opens a task by id, claiming it first when it is a group task, and returns its form. */
  public CamundaForm openTask(String taskId) {
    browser.open(baseUrl + PATH + "#/?task=" + taskId);
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".fjs-form")).isEmpty()
        || !d.findElements(CLAIM).isEmpty());
    if (!browser.findAll(CLAIM).isEmpty()) {
      browser.driver().findElement(CLAIM).click();
      browser.waitUntil(d -> d.findElements(CLAIM).isEmpty());
    }
    return new CamundaForm(browser);
  }

  /** Presses "Complete" under a task form. */
  public void completeTask() {
    WebElement complete = browser.waitFor(By.cssSelector(".form-actions button.btn-primary"));
    // the page footer may cover the button until it is scrolled into the middle
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
  }

  public String baseUrl() {
    return baseUrl;
  }
}
