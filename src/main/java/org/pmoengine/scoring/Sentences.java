package org.pmoengine.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fills the placeholders {@code {0}}..{@code {9}} of a rule's sentence. Whole numbers get a thousands
 * separator ({@code 300,000}), fractions one decimal ({@code 7.5}). Kept small and allocation-light
 * because it runs once per contribution after every evaluation.
 */
public final class Sentences {

  private Sentences() {}

  public static String format(String template, Object... args) {
    if (args == null || args.length == 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int n = template.length();
    for (int i = 0; i < n; i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 2 < n && template.charAt(i + 2) == '}') {
        int index = template.charAt(i + 1) - '0';
        if (index >= 0 && index < args.length) {
          appendValue(out, args[index]);
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A number for people: {@code 300000 -> 300,000}, {@code 7.4999 -> 7.5}, {@code 15.0 -> 15}. */
  public static String number(double value) {
    StringBuilder out = new StringBuilder(12);
    appendNumber(out, value);
    return out.toString();
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value instanceof Integer || value instanceof Long) {
      appendGrouped(out, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      appendNumber(out, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal decimal) {
      appendNumber(out, decimal.setScale(1, RoundingMode.HALF_UP).doubleValue());
    } else {
      out.append(value);
    }
  }

  private static void appendNumber(StringBuilder out, double value) {
    long tenths = Math.round(value * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    appendGrouped(out, tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append((char) ('0' + tenths % 10));
    }
  }

  private static void appendGrouped(StringBuilder out, long value) {
    if (value < 0) {
      out.append('-');
      value = -value;
    }
    if (value < 1000) {
      appendDigits(out, (int) value, false);
      return;
    }
    appendGrouped(out, value / 1000);
    out.append(',');
    appendDigits(out, (int) (value % 1000), true);
  }

  /** 0–999, digit by digit; {@code padded} writes three digits (the group after a comma). */
  private static void appendDigits(StringBuilder out, int value, boolean padded) {
    int hundreds = value / 100;
    int tens = value / 10 % 10;
    if (padded || hundreds > 0) {
      out.append((char) ('0' + hundreds));
    }
    if (padded || hundreds > 0 || tens > 0) {
      out.append((char) ('0' + tens));
    }
    out.append((char) ('0' + value % 10));
  }
}
