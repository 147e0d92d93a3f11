package org.pmoengine.browser;

import org.camunda.bpm.engine.IdentityService;
import org.openqa.selenium.By;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.security.TestUsers;

/** Camunda Tasklist seen through the browser: login and the filter list. */
public final class Tasklist {

  public static final String PATH = "/camunda/app/tasklist/default/";
  public static final String FILTER_FAILURE = "Loading the filters finished with failures";

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

  /** Logs in through the Tasklist login form and waits for the task list to load. */
  public Tasklist login(String userId, String password) {
    browser.open(baseUrl + PATH);
    browser.waitFor(By.cssSelector("input[ng-model='username']")).sendKeys(userId);
    browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    browser.waitUntil(d -> {
      String text = browser.pageText();
      return text.contains("Start process")
          && (text.contains("My tasks") || text.contains(FILTER_FAILURE));
    });
    return this;
  }

  public String baseUrl() {
    return baseUrl;
  }
}
