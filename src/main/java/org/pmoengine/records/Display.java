package org.pmoengine.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * How records read in forms, task names and mails: one format for amounts ({@code 900,000 EUR}),
 * dates ({@code 3 Dec 2026}) and times, and codes as words ({@code WITHIN_TOLERANCE -> Within
 * tolerance}), so that no page shows {@code 900000 EUR} beside {@code 900,000}.
 */
public final class Display {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  private Display() {}

  /**
   * {@code 900000 -> "900,000 EUR"}, rounded to whole units as the workspace pages show amounts;
   * null as an empty text.
   */
  public static String amount(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(
        Locale.ENGLISH));
    format.setRoundingMode(RoundingMode.HALF_UP);
    String number = format.format(amount);
    return currency == null || currency.isBlank() ? number : number + " " + currency;
  }

  /** An amount in euros, the currency of requests and budgets unless a line says otherwise. */
  public static String euros(BigDecimal amount) {
    return amount(amount, "EUR");
  }

  /** {@code 2026-12-03 -> "3 Dec 2026"}. */
  public static String date(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** The day of an instant in the server's time zone, as {@link #date(LocalDate)}. */
  public static String date(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
  }

  /** The day of a date (a task's due date, a timer), as {@link #date(LocalDate)}. */
  public static String date(Date date) {
    return date == null ? "" : date(date.toInstant());
  }

  /** {@code "3 Dec 2026, 14:05"} in the server's time zone. */
  public static String dateAndTime(Instant instant) {
    return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(ZoneId.systemDefault()));
  }

  /**
   * A code as words: {@code WITHIN_TOLERANCE -> "Within tolerance"}, {@code EXECUTION ->
   * "Execution"}. Gate names (G1..G4) and priority classes (P1..P4) stay as they are.
   */
  public static String words(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    if (code.matches("[A-Z]\\d+")) {
      return code;
    }
    String words = code.strip().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** An enum constant as words, as {@link #words(String)}. */
  public static String words(Enum<?> code) {
    return code == null ? "" : words(code.name());
  }
}
