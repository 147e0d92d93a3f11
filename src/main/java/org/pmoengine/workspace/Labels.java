package org.pmoengine.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import org.pmoengine.records.Display;
import org.springframework.stereotype.Component;

/**
 * The formats of {@link Display} for the templates ({@code @labels}), so that pages, forms and
 * mails read alike: words for codes ({@code WITHIN_TOLERANCE} reads "Within tolerance"), amounts
 * with thousands separators and no cents, dates as "3 Dec 2026".
 */
@Component("labels")
public class Labels {

  /** {@code EXECUTION} reads "Execution", {@code MORE_INFORMATION} "More information". */
  public String word(Object code) {
    return code == null ? "" : Display.words(code.toString());
  }

  /** 900000 reads "900,000"; an amount with cents is rounded to whole units. */
  public String amount(BigDecimal value) {
    return Display.amount(value, null);
  }

  public String amount(Number value) {
    return value == null ? "" : amount(new BigDecimal(value.toString()));
  }

  /** An index such as CPI with two decimals, or a dash when there is none. */
  public String index(Double value) {
    return value == null || value.isNaN() || value.isInfinite()
        ? "–" : String.format(Locale.UK, "%.2f", value);
  }

  public String date(LocalDate date) {
    return Display.date(date);
  }

  public String date(Instant instant) {
    return Display.date(instant);
  }

  public String date(Date date) {
    return Display.date(date);
  }

  public String dateTime(Instant instant) {
    return Display.dateAndTime(instant);
  }

  public String dateTime(Date date) {
    return date == null ? "" : dateTime(date.toInstant());
  }

  /** The CSS class of a RAG rating: rag-green, rag-amber, rag-red or rag-none. */
  public String ragClass(Object rag) {
    return rag == null ? "rag-none" : "rag-" + rag.toString().toLowerCase(Locale.ROOT);
  }
}
