package org.pmoengine.browser;

import org.openqa.selenium.By;

/** The workspace seen through the browser: the one sign-in and moving between its pages. */
public final class Workspace {

  private final Browser browser;
  private final String base;

  public Workspace(Browser browser, int port) {
    this.browser = browser;
    this.base = "http://localhost:" + port;
  }

  /** Signs in on the sign-in page and waits for the home page. */
  public Workspace signIn(String userId, String password) {
    browser.open(base + "/login");
    browser.waitFor(By.id("username")).sendKeys(userId);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(By.cssSelector("header.topbar .who"));
    return this;
  }

  /** Opens a workspace page by its path, e.g. {@code /projects}. */
  public Workspace open(String path) {
    browser.open(base + path);
    return this;
  }

  public String url(String path) {
    return base + path;
  }
}
