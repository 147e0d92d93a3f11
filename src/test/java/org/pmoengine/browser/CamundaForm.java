package org.pmoengine.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) rendered in Tasklist. Fields are found by their key: form-js gives
 * each input the id {@code fjs-form-<random>-Field_<key>}, as our forms name their fields.
 */
public final class CamundaForm {

  /** How headless Chromium in en-US takes a date in the form-js date picker. */
  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

  private final Browser browser;

  CamundaForm(Browser browser) {
    this.browser = browser;
    browser.waitFor(By.cssSelector(".fjs-form"));
  }

  /** The labels of fields and groups as shown, without the required marker. */
  public List<String> labels() {
    return browser.findAll(By.cssSelector(".fjs-form .fjs-form-field-label")).stream()
        .map(WebElement::getText)
        .map(text -> text.replace("*", "").strip())
        .filter(text -> !text.isEmpty())
        .toList();
  }

  /**
   * Whether the form shows the first sentence of a text put into a template, compared without
   * markdown marks and with spaces collapsed, since text blocks render markdown.
   */
  public boolean showsFirstSentenceOf(String text) {
    int end = text.indexOf(". ");
    String sentence = end > 0 ? text.substring(0, end) : text;
    return plain(text()).contains(plain(sentence));
  }

  private static String plain(String text) {
    return text.replaceAll("[*_`#>]", "").replaceAll("\\s+", " ").strip();
  }

  /** The form's visible text, labels and templated text blocks included. */
  public String text() {
    return browser.driver().findElement(By.cssSelector(".fjs-form")).getText();
  }

  /** Replaces the field's value by typing, as a person would. */
  public CamundaForm type(String key, Object value) {
    typeInto(key, String.valueOf(value));
    browser.waitUntil(d -> value(key).equals(String.valueOf(value)));
    return this;
  }

  public CamundaForm date(String key, LocalDate date) {
    // Tab, not Escape: Escape would also close Tasklist's start dialog
    typeInto(key + "-date", TYPED_DATE.format(date));
    field(key + "-date").sendKeys(Keys.TAB);
    browser.waitUntil(d -> date.equals(dateValue(key)));
    return this;
  }

  /** Selects what is there and types over it; form-js may re-render a field while it changes. */
  private void typeInto(String idSuffix, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = field(idSuffix);
        if (!input.getDomProperty("value").isEmpty()) {
          input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        field(idSuffix).sendKeys(text);
        return;
      } catch (StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  public CamundaForm select(String key, String label) {
    field(key + "-display").click();
    browser.waitUntil(d -> d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .filter(item -> item.getText().strip().equals(label))
            .findFirst()
            .orElse(null))
        .click();
    return this;
  }

  /** The option labels of a select, read from its opened drop-down list. */
  public List<String> options(String key) {
    field(key + "-display").click();
    List<String> options = browser.waitUntil(d -> {
      List<String> items = d.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .map(WebElement::getText).map(String::strip).toList();
      return items.isEmpty() ? null : items;
    });
    field(key + "-display").click();
    return options;
  }

  /** Scrolls a group to the top of the view, for a screenshot of it. */
  public CamundaForm scrollToGroup(String label) {
    WebElement group = browser.waitFor(By.xpath(
        "//*[contains(@class,'fjs-form-field-label') and normalize-space()='" + label + "']"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", group);
    return this;
  }

  /** How many text blocks are shown; form-js does not render a hidden one at all. */
  public int shownTextBlocks() {
    return browser.findAll(By.cssSelector(".fjs-form .fjs-form-field-text")).size();
  }

  public CamundaForm check(String key) {
    WebElement box = input(key);
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /** The labels of a checklist's boxes, in order. */
  public List<String> choices(String key) {
    return browser.waitUntil(d -> {
      List<String> labels = boxes(key).stream()
          .map(box -> box.findElement(By.xpath("..")).getText().strip()).toList();
      return labels.isEmpty() ? null : labels;
    });
  }

  /** Ticks the box of a checklist that reads {@code label}. */
  public CamundaForm tick(String key, String label) {
    WebElement box = boxes(key).stream()
        .filter(b -> b.findElement(By.xpath("..")).getText().strip().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError("No box " + label + " in " + key));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
    if (!box.isSelected()) {
      box.click();
    }
    browser.waitUntil(d -> box.isSelected());
    return this;
  }

  private List<WebElement> boxes(String key) {
    return browser.findAll(By.cssSelector(".fjs-form input[type='checkbox'][id*='-Field_" + key
        + "-']"));
  }

  /** The value an input or text area holds, as typed or prefilled. */
  public String value(String key) {
    return input(key).getDomProperty("value");
  }

  /** The date a date field shows (form-js displays it as M/d/yyyy), null when empty. */
  public LocalDate dateValue(String key) {
    String shown = field(key + "-date").getDomProperty("value");
    return shown.isBlank() ? null : LocalDate.parse(shown, SHOWN_DATE);
  }

  public String selected(String key) {
    return field(key + "-display").getText().strip();
  }

  private WebElement input(String key) {
    return field(key);
  }

  private WebElement field(String idSuffix) {
    WebElement element = browser.waitFor(By.cssSelector(".fjs-form [id$='-Field_" + idSuffix + "']"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }
}
