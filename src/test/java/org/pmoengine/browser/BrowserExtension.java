package org.pmoengine.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens a fresh {@link Browser} for each test, saves a screenshot named {@code <test>-failure}
 * when the test fails, and closes the browser afterwards. Register it with
 * {@code @RegisterExtension}.
 */
public class BrowserExtension
    implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  private Browser browser;

  public Browser browser() {
    if (browser == null) {
      throw new IllegalStateException("The browser is opened before each test");
    }
    return browser;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    browser = new Browser(testName(context));
    browser.forgetFailure();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (browser != null && context.getExecutionException().isPresent()) {
      browser.screenshot("failure");
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  private static String testName(ExtensionContext context) {
    return context.getRequiredTestClass().getSimpleName() + "-"
        + context.getRequiredTestMethod().getName();
  }
}
