package org.pmoengine.workspace;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The projects list as CSV (RFC 4180): a header row, fields quoted when they hold a comma, a
 * quote or a line break, and text that a spreadsheet would run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @}) prefixed with an apostrophe.
 */
final class ProjectsCsv {

  static final String HEADER = "Key,Name,Stage,RAG,Manager,Department,Category,Budget,CPI,SPI,"
      + "EAC,Forecast finish,Slip (working days),Next gate";

  private ProjectsCsv() {}

  static String of(List<ProjectRow> rows, Labels labels) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ProjectRow r : rows) {
      csv.append(String.join(",",
          text(r.key()), text(r.name()), text(labels.word(r.phase())),
          text(r.rag() == null ? "Not rated" : labels.word(r.rag())), text(r.managerName()),
          text(r.department()), text(r.category()), number(r.budget()), index(r.cpi()),
          index(r.spi()), number(r.estimateAtCompletion()),
          r.forecastFinish() == null ? "" : r.forecastFinish().toString(),
          r.slipDays() == null ? "" : r.slipDays().toString(),
          r.nextGate() == null ? "" : text(r.nextGate().name() + " " + r.nextGate().title())))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String text(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")
        || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static String index(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
  }
}
