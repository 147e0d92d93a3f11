package org.pmoengine.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, using the Debian browser and driver under /usr/bin so
 * that no driver is downloaded. Screenshots go to {@code target/screenshots/<test>-<step>.png}.
 */
public final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = System.getProperty("pmo.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("pmo.chromedriver", "/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final String testName;
  private final ChromeDriver driver;

  public Browser(String testName) {
    this.testName = testName;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1400,1000", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement waitFor(By locator) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public <T> T waitUntil(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  public void waitForText(String text) {
    waitUntil(d -> pageText().contains(text));
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public List<WebElement> findAll(By locator) {
    return driver.findElements(locator);
  }

  /** Saves {@code target/screenshots/<test>-<step>.png} and returns its path. */
  public Path screenshot(String step) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(testName + "-" + step + ".png");
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the failure screenshot of an earlier run, so the one left over is this run's. */
  void forgetFailure() {
    try {
      Files.deleteIfExists(SCREENSHOTS.resolve(testName + "-failure.png"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
