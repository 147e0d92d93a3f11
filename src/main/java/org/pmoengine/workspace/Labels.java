package org.pmoengine.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * One way to show codes, amounts and dates on every page ({@code @labels} in the templates):
 * words for codes ({@code WITHIN_TOLERANCE} reads "Within tolerance"), amounts with thousands
 * separators and no cents, dates as "3 Dec 2026".
 */
@Component("labels")
public class Labels {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

  private final ZoneId zone = ZoneId.systemDefault();

  /** {@code EXECUTION} reads "Execution", {@code MORE_INFORMATION} "More information". */
  public String word(Object code) {
    if (code == null) {
      return "";
    }
    String text = code.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** 900000 reads "900,000"; an amount with cents is rounded to whole units. */
  public String amount(BigDecimal value) {
    if (value == null) {
      return "";
    }
    return NumberFormat.getIntegerInstance(Locale.UK)
        .format(value.setScale(0, RoundingMode.HALF_UP));
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
    return date == null ? "" : DATE.format(date);
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(zone));
  }

  public String date(Date date) {
    return date == null ? "" : date(date.toInstant());
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  public String dateTime(Date date) {
    return date == null ? "" : dateTime(date.toInstant());
  }

  /** The CSS class of a RAG rating: rag-green, rag-amber, rag-red or rag-none. */
  public String ragClass(Object rag) {
    return rag == null ? "rag-none" : "rag-" + rag.toString().toLowerCase(Locale.ROOT);
  }
}
